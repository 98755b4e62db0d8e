import { PlatformSuite } from '@tally/creators-data';
import { METRICS_REGISTRY } from '@tally/nest-kit';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Gauge, type Registry } from 'prom-client';
import { registered } from '../metrics/sync-metrics.js';

/**
 * YouTube's daily quota as every process shares it, read from Redis when
 * /metrics is scraped: units used today, what is left, and the day's quota.
 */
@Injectable()
export class QuotaMetrics {
  private readonly logger = new Logger(QuotaMetrics.name);

  constructor(@Inject(METRICS_REGISTRY) registry: Registry, suite: PlatformSuite) {
    const logger = this.logger;
    registered(
      registry,
      'tally_platform_quota_units',
      (name) =>
        new Gauge({
          name,
          help: "A platform's daily quota (YouTube's, in units) shared by every process: used today, remaining, and per_day; remaining includes the reserve kept for requested work",
          labelNames: ['platform', 'state'],
          registers: [registry],
          async collect() {
            try {
              const status = await suite.youtubeQuota.status();
              this.set({ platform: 'YOUTUBE', state: 'used' }, status.used);
              this.set({ platform: 'YOUTUBE', state: 'remaining' }, status.remaining);
              this.set({ platform: 'YOUTUBE', state: 'per_day' }, status.unitsPerDay);
              this.set({ platform: 'YOUTUBE', state: 'reserve' }, status.reserveUnits);
            } catch (error) {
              logger.warn({ msg: 'could not read the YouTube quota for /metrics', err: error });
            }
          },
        }),
    );
  }
}
