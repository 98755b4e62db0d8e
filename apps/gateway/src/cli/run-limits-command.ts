import type { RateLimitDefaults } from '../rate-limit/rate.js';
import type { RateLimitOverrides } from '../rate-limit/rate-limit-overrides.js';
import {
  AccountLimitsReport,
  accountLimitsReport,
  LimitsOverviewReport,
  limitsOverviewReport,
} from './effective-limits.js';
import type { LimitsCommand } from './limits-command.js';

export type StoreCommand = Exclude<LimitsCommand, { action: 'help' }>;

/** Carries out a command and answers with the limits in effect afterwards. */
export async function runLimitsCommand(
  command: StoreCommand,
  overrides: RateLimitOverrides,
  defaults: RateLimitDefaults,
): Promise<AccountLimitsReport | LimitsOverviewReport> {
  const showAccount = async (accountId: string) =>
    accountLimitsReport(accountId, defaults, await overrides.forAccount(accountId));
  const showAll = async () => limitsOverviewReport(defaults, await overrides.all());

  switch (command.action) {
    case 'set-pool':
      await overrides.setAccountPool(command.accountId, command.environment, command.rate);
      return showAccount(command.accountId);
    case 'set-burst':
      await overrides.setAccountBurst(command.accountId, command.rate);
      return showAccount(command.accountId);
    case 'set-publishable':
      await overrides.setAccountPublishable(command.accountId, command.rate, command.kind);
      return showAccount(command.accountId);
    case 'reset-account':
      await overrides.resetAccount(command.accountId);
      return showAccount(command.accountId);
    case 'set-ip':
      await overrides.setIp(command.rate);
      return showAll();
    case 'reset-ip':
      await overrides.resetIp();
      return showAll();
    case 'show':
      return command.accountId === undefined ? showAll() : showAccount(command.accountId);
  }
}
