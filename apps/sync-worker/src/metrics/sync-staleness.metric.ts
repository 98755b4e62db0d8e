import { PLATFORMS } from '@tally/contracts';
import { METRICS_REGISTRY } from '@tally/nest-kit';
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { Gauge, type Registry } from 'prom-client';
import type { OldestData } from './sync-staleness.repository.js';
import { SyncStalenessRepository } from './sync-staleness.repository.js';
import { registered } from './sync-metrics.js';

/** Scrapes closer together than this share one query. */
const CACHE_MS = 10_000;

// The gauge lives once per registry; the app that started last answers its scrapes.
const readers = new WeakMap<Registry, () => Promise<OldestData[]>>();

/**
 * `tally_sync_oldest_data_age_seconds{platform}`: how long the least recently
 * synced connected creator of each platform has gone without a sync (since
 * its connection when it never had one), queried when Prometheus scrapes.
 * 0 for a platform without connected creators.
 */
@Injectable()
export class SyncStalenessMetric implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SyncStalenessMetric.name);
  private cached: { at: number; reading: Promise<OldestData[]> } | undefined;
  private readonly reader = (): Promise<OldestData[]> => {
    const now = Date.now();
    if (!this.cached || now - this.cached.at >= CACHE_MS) {
      const reading = this.staleness.oldestData(PLATFORMS);
      this.cached = { at: now, reading };
      reading.catch(() => {
        if (this.cached?.reading === reading) this.cached = undefined;
      });
    }
    return this.cached.reading;
  };

  constructor(
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
    private readonly staleness: SyncStalenessRepository,
  ) {}

  onApplicationBootstrap(): void {
    const { logger, registry } = this;
    registered(
      registry,
      'tally_sync_oldest_data_age_seconds',
      (name) =>
        new Gauge({
          name,
          help: "Seconds since each platform's least recently synced connected creator was synced (or connected, if never); 0 without connected creators",
          labelNames: ['platform'],
          registers: [registry],
          async collect() {
            const read = readers.get(registry);
            if (!read) return;
            try {
              const rows = await read();
              for (const platform of PLATFORMS) {
                const row = rows.find((candidate) => candidate.platform === platform);
                this.set({ platform }, Math.max(0, row?.ageSeconds ?? 0));
              }
            } catch (error) {
              // A scrape must not fail because the database is away: the gauge keeps its last values.
              logger.warn({ msg: 'sync staleness not read', err: error });
            }
          },
        }),
    );
    readers.set(registry, this.reader);
  }

  onApplicationShutdown(): void {
    if (readers.get(this.registry) === this.reader) readers.delete(this.registry);
  }
}
