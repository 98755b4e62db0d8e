import {
  AppError,
  auditActorOf,
  isAllowedRedirectUrl,
  isFromAllowedOrigin,
  type Principal,
  type RedirectUrlsView,
  RedirectUrlsReplaced,
  type ReplaceRedirectUrlsInput,
} from '@tally/contracts';
import { RedirectUrlsRepository, type StoredRedirectUrls } from '@tally/creators-data';
import { ServiceClient, announce } from '@tally/nest-kit';
import { Logger } from '@nestjs/common';

function viewOf(stored: StoredRedirectUrls): RedirectUrlsView {
  return { urls: stored.urls, updatedAt: stored.updatedAt?.toISOString() ?? null };
}

function refused(reason: string): AppError {
  return new AppError('validation_failed', `redirectUrl is not allowed: ${reason}`, [
    { field: 'redirectUrl', reason },
  ]);
}

/**
 * The account's allowed redirect URLs, and the rule a connect flow's
 * `redirectUrl` must pass: it matches one of them or, for a publishable key,
 * its origin is one of the key's allowed origins.
 */
export class RedirectUrls {
  private readonly logger = new Logger(RedirectUrls.name);

  constructor(
    private readonly repository: RedirectUrlsRepository,
    private readonly bus: ServiceClient,
  ) {}

  async get(principal: Principal): Promise<RedirectUrlsView> {
    return viewOf(await this.repository.get(principal.accountId));
  }

  async replace(principal: Principal, input: ReplaceRedirectUrlsInput): Promise<RedirectUrlsView> {
    const { current, previousUrls } = await this.repository.replace(
      principal.accountId,
      input.urls,
    );
    await announce(this.bus, this.logger, RedirectUrlsReplaced, {
      accountId: principal.accountId,
      urls: current.urls,
      previousUrls,
      actor: auditActorOf(principal),
    });
    return viewOf(current);
  }

  /** Throws validation_failed naming `redirectUrl` unless the account allows it. */
  async check(principal: Principal, redirectUrl: string): Promise<void> {
    if (
      principal.credentialType === 'publishable_key' &&
      isFromAllowedOrigin(redirectUrl, principal.allowedOrigins ?? [])
    ) {
      return;
    }
    const { urls } = await this.repository.get(principal.accountId);
    if (isAllowedRedirectUrl(redirectUrl, urls)) return;
    throw refused(
      urls.length === 0
        ? 'this account allows no redirect URLs yet (PUT /api/v1/connect/redirect-urls)'
        : 'it matches none of the allowed redirect URLs (GET /api/v1/connect/redirect-urls)',
    );
  }
}
