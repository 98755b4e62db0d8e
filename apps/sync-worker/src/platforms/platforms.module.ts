import { PlatformCallLedger, PlatformSuite } from '@tally/creators-data';
import { Module } from '@nestjs/common';
import { SyncMetricsModule } from '../metrics/sync-metrics.module.js';
import {
  platformCallLedgerProvider,
  PlatformSuiteCloser,
  platformSuiteProvider,
} from './platform-suite.provider.js';
import { QuotaMetrics } from './quota-metrics.js';

@Module({
  imports: [SyncMetricsModule],
  providers: [platformCallLedgerProvider, platformSuiteProvider, PlatformSuiteCloser, QuotaMetrics],
  exports: [PlatformSuite, PlatformCallLedger],
})
export class PlatformsModule {}
