import { TikTokClient } from '@tally/tiktok';
import { Module } from '@nestjs/common';
import { SyncMetricsModule } from '../metrics/sync-metrics.module.js';
import {
  tiktokClientProvider,
  upstreamLimiterProvider,
  UpstreamLimiterCloser,
} from './tiktok.providers.js';

@Module({
  imports: [SyncMetricsModule],
  providers: [upstreamLimiterProvider, UpstreamLimiterCloser, tiktokClientProvider],
  exports: [TikTokClient],
})
export class TikTokModule {}
