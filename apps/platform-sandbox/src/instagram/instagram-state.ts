import type { InstagramSettings } from '../config/platform-settings.js';
import { AccountCatalog } from '../platforms/account-catalog.js';
import { HourlyCallBudget } from '../platforms/hourly-call-budget.js';
import { SingleUseCodes } from '../platforms/single-use-codes.js';
import { randomAlphanumeric } from '../state/random-strings.js';
import type { SandboxClock } from '../state/sandbox-clock.js';
import { type InstagramAccount, seedInstagramAccounts } from './instagram-accounts.js';
import { InstagramTokens } from './instagram-tokens.js';

/** What a person approved on Instagram's consent page, carried by the code. */
export interface InstagramAuthorization {
  accountId: string;
  scopes: string[];
  redirectUri: string;
}

/** Everything the sandbox remembers of Instagram, in memory only. */
export class InstagramState {
  readonly settings: InstagramSettings;
  readonly catalog = new AccountCatalog<InstagramAccount>(seedInstagramAccounts());
  readonly codes: SingleUseCodes<InstagramAuthorization>;
  readonly tokens: InstagramTokens;
  readonly callBudget: HourlyCallBudget;

  constructor(
    private readonly initialSettings: InstagramSettings,
    clock: SandboxClock,
  ) {
    this.settings = { ...initialSettings };
    this.codes = new SingleUseCodes(
      clock,
      () => this.settings.codeTtlSeconds,
      () => `AQ${randomAlphanumeric(180)}`,
    );
    this.tokens = new InstagramTokens(clock, () => this.settings);
    this.callBudget = new HourlyCallBudget(clock, () => this.settings.callsPerUserPerHour);
  }

  reset(): void {
    Object.assign(this.settings, this.initialSettings);
    this.codes.clear();
    this.tokens.clear();
    this.callBudget.clear();
  }
}
