import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SyncMetrics } from './sync-metrics.js';
import { SyncStalenessMetric } from './sync-staleness.metric.js';
import { SyncStalenessRepository } from './sync-staleness.repository.js';

/** The worker's metrics, one instance for every module that records some. */
@Module({
  providers: [
    SyncMetrics,
    {
      provide: SyncStalenessRepository,
      useFactory: (db: DataSource) => new SyncStalenessRepository(db),
      inject: [DataSource],
    },
    SyncStalenessMetric,
  ],
  exports: [SyncMetrics],
})
export class SyncMetricsModule {}
