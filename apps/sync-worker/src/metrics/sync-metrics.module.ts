import { Module } from '@nestjs/common';
import { SyncMetrics } from './sync-metrics.js';

/** The worker's metrics, one instance for every module that records some. */
@Module({
  providers: [SyncMetrics],
  exports: [SyncMetrics],
})
export class SyncMetricsModule {}
