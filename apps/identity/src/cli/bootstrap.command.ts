import { parseWithSchema, PERMISSIONS, SignupInputSchema } from '@tally/contracts';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { ApiKeysRepository } from '../keys/api-keys.repository.js';
import { ApiKeysService } from '../keys/api-keys.service.js';
import { KeyVerificationService } from '../keys/key-verification.service.js';

export const BOOTSTRAP_KEY_NAME = 'Bootstrap admin key';
const BOOTSTRAP_KEY_DAYS = 30;
/** A kept key is handed out again only while it has at least this long to live. */
const MIN_REMAINING_MS = 24 * 60 * 60 * 1000;

export interface BootstrapOptions {
  email: string;
  password: string;
  account: string;
  /** A key an earlier bootstrap gave out: handed out again while it is valid for more than a day. */
  keptKey?: string;
  /** When a new key is issued, revoke the earlier bootstrap keys of the account. */
  replacePrevious?: boolean;
}

export interface BootstrapResult {
  accountId: string;
  userId: string;
  apiKey: string;
  expiresAt: string;
  /** Whether `apiKey` is the kept key rather than a new one. */
  reused: boolean;
  /** Earlier bootstrap keys revoked because a new one replaced them. */
  revokedKeyIds: string[];
}

/**
 * Creates (or reuses) an account and its owner, and hands out a full-access
 * production secret key: the kept one while it is still good, else a new one
 * that expires in 30 days (revoking the earlier bootstrap keys when asked).
 */
export async function bootstrapAccount(
  app: INestApplicationContext,
  options: BootstrapOptions,
): Promise<BootstrapResult> {
  const input = parseWithSchema(SignupInputSchema, {
    email: options.email,
    password: options.password,
    accountName: options.account,
  });
  const { user } = await app
    .get(AuthService)
    .createAccountWithOwner(input, { reuseExisting: true });
  const owner = { accountId: user.accountId, userId: user.id };

  if (options.keptKey) {
    const expiresAt = await stillGood(app, options.keptKey, user.accountId);
    if (expiresAt)
      return { ...owner, apiKey: options.keptKey, expiresAt, reused: true, revokedKeyIds: [] };
  }

  const previous = options.replacePrevious
    ? await app.get(ApiKeysRepository).activeSystemKeysNamed(user.accountId, BOOTSTRAP_KEY_NAME)
    : [];
  const created = await issueBootstrapKey(app, user.accountId, user.id);
  const keys = app.get(ApiKeysService);
  const revokedKeyIds: string[] = [];
  for (const keyId of previous) {
    const revoked = await keys.revokeAs({ accountId: user.accountId, system: true }, keyId, {
      via: 'cli bootstrap',
      replacedBy: created.id,
    });
    if (revoked) revokedKeyIds.push(keyId);
  }
  return {
    ...owner,
    apiKey: created.key,
    expiresAt: created.expiresAt,
    reused: false,
    revokedKeyIds,
  };
}

/** The kept key's expiry when it still works for the account with full access for more than a day. */
async function stillGood(
  app: INestApplicationContext,
  key: string,
  accountId: string,
): Promise<string | null> {
  const verdict = await app.get(KeyVerificationService).verify(key);
  if (!verdict.valid) return null;
  const { principal } = verdict;
  const fullAccess = PERMISSIONS.every((permission) => principal.permissions.includes(permission));
  const expiresAt = principal.expiresAt ? Date.parse(principal.expiresAt) : Number.NaN;
  const goodFor = expiresAt - Date.now();
  if (principal.accountId !== accountId || principal.credentialType !== 'secret_key') return null;
  if (!fullAccess || !(goodFor > MIN_REMAINING_MS)) return null;
  return principal.expiresAt;
}

async function issueBootstrapKey(
  app: INestApplicationContext,
  accountId: string,
  ownerUserId: string,
) {
  const keys = app.get(ApiKeysService);
  const audit = app.get(AuditService);
  return app.get(DataSource).transaction(async (manager) => {
    const key = await keys.issue(
      { accountId, permissions: [...PERMISSIONS], createdBy: { type: 'system' }, ownerUserId },
      {
        name: BOOTSTRAP_KEY_NAME,
        type: 'secret',
        environment: 'production',
        roles: ['full-access'],
        expiresInDays: BOOTSTRAP_KEY_DAYS,
      },
      manager,
    );
    await audit.record(
      { accountId, system: true },
      'key.created',
      { type: 'api_key', id: key.id },
      { name: key.name, via: 'cli bootstrap' },
      manager,
    );
    return key;
  });
}
