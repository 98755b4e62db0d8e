import type { YouTubeSettings } from '../config/platform-settings.js';
import { AccountCatalog } from '../platforms/account-catalog.js';
import { SingleUseCodes } from '../platforms/single-use-codes.js';
import { randomAlphanumeric } from '../state/random-strings.js';
import type { SandboxClock } from '../state/sandbox-clock.js';
import { DailyQuota } from './daily-quota.js';
import { type GoogleAuthorization, GoogleGrants } from './google-grants.js';
import { seedYouTubeChannels, type YouTubeChannel } from './youtube-channels.js';

export interface GoogleRevocation {
  client_id: string;
  channel_id: string;
  revoked_at: string;
}

/** Everything the sandbox remembers of Google and YouTube, in memory only. */
export class YouTubeState {
  readonly settings: YouTubeSettings;
  readonly catalog = new AccountCatalog<YouTubeChannel>(seedYouTubeChannels());
  readonly codes: SingleUseCodes<GoogleAuthorization>;
  readonly grants: GoogleGrants;
  readonly quota: DailyQuota;
  readonly revocations: GoogleRevocation[] = [];

  constructor(
    private readonly initialSettings: YouTubeSettings,
    clock: SandboxClock,
  ) {
    this.settings = { ...initialSettings };
    // Google's codes start with "4/": a slash that catches clients that do not encode them.
    this.codes = new SingleUseCodes(
      clock,
      () => this.settings.codeTtlSeconds,
      () => `4/0A${randomAlphanumeric(70)}`,
    );
    this.grants = new GoogleGrants(clock, () => this.settings.accessTokenTtlSeconds);
    this.quota = new DailyQuota(clock, () => this.settings.dailyQuotaUnits);
  }

  reset(): void {
    Object.assign(this.settings, this.initialSettings);
    this.codes.clear();
    this.grants.clear();
    this.quota.clear();
    this.revocations.length = 0;
  }
}
