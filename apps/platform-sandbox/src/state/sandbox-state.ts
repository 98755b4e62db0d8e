import type { InstagramSettings, YouTubeSettings } from '../config/platform-settings.js';
import { defaultInstagramSettings, defaultYouTubeSettings } from '../config/platforms.config.js';
import type { SandboxSettings } from '../config/sandbox-settings.js';
import { InstagramState } from '../instagram/instagram-state.js';
import { YouTubeState } from '../youtube/youtube-state.js';
import { AuthorizationCodes } from './authorization-codes.js';
import { CallStats } from './call-stats.js';
import { CreatorCatalog } from './creator-catalog.js';
import { FaultInjector } from './fault-injector.js';
import { Grants } from './grants.js';
import { RevocationLog } from './revocation-log.js';
import { SandboxClock } from './sandbox-clock.js';
import { SlidingWindowLimiter } from './sliding-window-limiter.js';

/** Everything the sandbox remembers, in memory only. */
export class SandboxState {
  readonly settings: SandboxSettings;
  readonly catalog = new CreatorCatalog();
  readonly codes: AuthorizationCodes;
  readonly grants: Grants;
  readonly revocations = new RevocationLog();
  readonly limiter: SlidingWindowLimiter;
  readonly faults = new FaultInjector();
  readonly stats = new CallStats();
  readonly instagram: InstagramState;
  readonly youtube: YouTubeState;

  constructor(
    private readonly initialSettings: SandboxSettings,
    readonly clock: SandboxClock = new SandboxClock(),
    platformSettings: { instagram?: InstagramSettings; youtube?: YouTubeSettings } = {},
  ) {
    this.instagram = new InstagramState(
      platformSettings.instagram ?? defaultInstagramSettings(),
      clock,
    );
    this.youtube = new YouTubeState(platformSettings.youtube ?? defaultYouTubeSettings(), clock);
    this.settings = { ...initialSettings };
    this.codes = new AuthorizationCodes(clock, () => this.settings.codeTtlSeconds);
    this.grants = new Grants(clock, () => this.settings);
    this.limiter = new SlidingWindowLimiter(clock, () => this.settings.rateLimitPerMinute);
  }

  /** Back to a freshly started sandbox: same creators, no grants, no faults, real time. */
  reset(): void {
    Object.assign(this.settings, this.initialSettings);
    this.codes.clear();
    this.grants.clear();
    this.revocations.clear();
    this.limiter.clear();
    this.faults.clear();
    this.stats.clear();
    this.instagram.reset();
    this.youtube.reset();
    this.clock.reset();
  }
}
