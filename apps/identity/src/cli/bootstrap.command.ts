import { PERMISSIONS, SignupInput, validateInput } from '@tally/contracts';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { ApiKeysService } from '../keys/api-keys.service.js';

export interface BootstrapResult {
  accountId: string;
  userId: string;
  apiKey: string;
}

/**
 * Creates (or reuses) an account and its owner, then issues a new full-access
 * secret key for production that expires in 30 days.
 */
export async function bootstrapAccount(
  app: INestApplicationContext,
  options: { email: string; password: string; account: string },
): Promise<BootstrapResult> {
  const input = validateInput(SignupInput, {
    email: options.email,
    password: options.password,
    accountName: options.account,
  });
  const { user } = await app
    .get(AuthService)
    .createAccountWithOwner(input, { reuseExisting: true });
  const keys = app.get(ApiKeysService);
  const audit = app.get(AuditService);
  const created = await app.get(DataSource).transaction(async (manager) => {
    const key = await keys.issue(
      { accountId: user.accountId, permissions: [...PERMISSIONS], userId: user.id, keyId: null },
      {
        name: 'Bootstrap admin key',
        type: 'secret',
        environment: 'production',
        roles: ['full-access'],
        expiresInDays: 30,
      },
      manager,
    );
    await audit.record(
      { accountId: user.accountId, system: true },
      'key.created',
      { type: 'api_key', id: key.id },
      { name: key.name, via: 'cli bootstrap' },
      manager,
    );
    return key;
  });
  return { accountId: user.accountId, userId: user.id, apiKey: created.key };
}
