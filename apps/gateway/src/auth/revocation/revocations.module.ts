import { DynamicModule, Module } from '@nestjs/common';
import { IdentityClient } from '../../identity/identity.client.js';
import { RevocationEvents } from './revocation-events.js';
import { RevocationFeed } from './revocation-feed.js';
import { RevocationResync } from './revocation-resync.js';
import { RevocationSyncAgeMetric } from './revocation-sync-age.metric.js';
import { REVOCATION_OPTIONS, type RevocationOptions } from './revocation.options.js';

/**
 * How revocations reach this gateway: identity's events at once, and a
 * periodic resync that catches any event lost on the way. The authenticators
 * listen to the feed.
 */
@Module({})
export class RevocationsModule {
  static register(options: RevocationOptions): DynamicModule {
    return {
      module: RevocationsModule,
      providers: [
        { provide: REVOCATION_OPTIONS, useValue: options },
        IdentityClient,
        RevocationFeed,
        RevocationEvents,
        RevocationResync,
        RevocationSyncAgeMetric,
      ],
      exports: [RevocationFeed],
    };
  }
}
