import type { Platform } from '@tally/contracts';
import type { PlatformProvider } from '@tally/platform-kit';

/**
 * Who a platform call is for, which decides what share of a platform's
 * budget it may use: `requested` work (a connect, a sync a customer asked
 * for, a lookup) may spend everything; `scheduled` work spreads over the day
 * and leaves a reserve (YouTube's daily units).
 */
export type CallPriority = 'requested' | 'scheduled';

export type ProviderFactory = (platform: Platform, priority: CallPriority) => PlatformProvider;

/** Every platform's provider, each under its platform's shared limits; built once per priority. */
export class PlatformProviders {
  private readonly built = new Map<string, PlatformProvider>();

  constructor(private readonly factory: ProviderFactory) {}

  get(platform: Platform, priority: CallPriority = 'requested'): PlatformProvider {
    const key = `${platform}:${priority}`;
    let provider = this.built.get(key);
    if (provider === undefined) {
      provider = this.factory(platform, priority);
      this.built.set(key, provider);
    }
    return provider;
  }
}
