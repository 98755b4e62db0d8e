import { METRICS_REGISTRY } from '@tally/nest-kit';
import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Gauge, type Registry } from 'prom-client';
import { RevocationFeed } from './revocation-feed.js';

const NAME = 'tally_gateway_revocation_sync_age_seconds';

// One gauge per registry; gateways sharing a process (tests) report the stalest.
const feedsOf = new WeakMap<Registry, Set<RevocationFeed>>();

/** `tally_gateway_revocation_sync_age_seconds`: how old this gateway's knowledge of revocations is. */
@Injectable()
export class RevocationSyncAgeMetric implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
    private readonly feed: RevocationFeed,
  ) {}

  onModuleInit(): void {
    const feeds = feedsOf.get(this.registry) ?? this.registerGauge();
    feeds.add(this.feed);
  }

  onApplicationShutdown(): void {
    feedsOf.get(this.registry)?.delete(this.feed);
  }

  private registerGauge(): Set<RevocationFeed> {
    const feeds = new Set<RevocationFeed>();
    feedsOf.set(this.registry, feeds);
    new Gauge({
      name: NAME,
      help: 'Seconds since the gateway last learnt every revocation from identity (since start before the first resync)',
      registers: [this.registry],
      collect() {
        if (feeds.size > 0) this.set(Math.max(...[...feeds].map((feed) => feed.ageSeconds())));
      },
    });
    return feeds;
  }
}
