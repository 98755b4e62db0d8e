import { postgresOptions } from '@tally/nest-kit';
import type { DataSourceOptions } from 'typeorm';
import { CreateAccounts1764000000000 } from './migrations/1764000000000-create-accounts.js';
import { CreateUsersKeysRoles1764100000000 } from './migrations/1764100000000-create-users-keys-roles.js';
import { CreateOAuth1764200000000 } from './migrations/1764200000000-create-oauth.js';
import { AuditNamesAndKeyCreators1764810000000 } from './migrations/1764810000000-audit-names-and-key-creators.js';
import { LoginAttemptsByTime1764820400000 } from './migrations/1764820400000-login-attempts-by-time.js';
import { RevocationLog1764820500000 } from './migrations/1764820500000-revocation-log.js';
import { WebhooksPermissions1765300100000 } from './migrations/1765300100000-webhooks-permissions.js';
import { EventOutbox1765400000000 } from './migrations/1765400000000-event-outbox.js';
import { TeamsAndServiceUsers1765500000000 } from './migrations/1765500000000-teams-and-service-users.js';

export const IDENTITY_SCHEMA = 'identity';

export function identityDatabaseOptions(url: string, poolSize?: number): DataSourceOptions {
  return postgresOptions({
    url,
    schema: IDENTITY_SCHEMA,
    entities: [],
    migrations: [
      CreateAccounts1764000000000,
      CreateUsersKeysRoles1764100000000,
      CreateOAuth1764200000000,
      AuditNamesAndKeyCreators1764810000000,
      LoginAttemptsByTime1764820400000,
      RevocationLog1764820500000,
      WebhooksPermissions1765300100000,
      EventOutbox1765400000000,
      TeamsAndServiceUsers1765500000000,
    ],
    poolSize,
    applicationName: 'tally-identity',
  });
}
