import {
  PERMISSIONS,
  type AccountRole,
  type Environment,
  type Permission,
  type Principal,
  type RoleView,
} from '@tally/contracts';
import type { ServiceClient } from '@tally/nest-kit';
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AccountsRepository } from '../../src/accounts/accounts.repository.js';
import { AuditNamesRepository } from '../../src/audit/audit-names.repository.js';
import { AuditRepository } from '../../src/audit/audit.repository.js';
import { AuditService } from '../../src/audit/audit.service.js';
import type { SecretHasher } from '../../src/crypto/secret-hasher.js';
import { ApiKeysRepository } from '../../src/keys/api-keys.repository.js';
import { ApiKeysService } from '../../src/keys/api-keys.service.js';
import { OAuthClientsService } from '../../src/oauth/oauth-clients.service.js';
import { ServiceUsersRepository } from '../../src/service-users/service-users.repository.js';
import { RolesRepository } from '../../src/roles/roles.repository.js';
import { OAuthClientsRepository } from '../../src/oauth/oauth-clients.repository.js';
import { CredentialOwners } from '../../src/users/credential-owners.js';
import { UsersRepository } from '../../src/users/users.repository.js';

/** A revocation-log entry as the gateways read it. */
export interface LoggedRevocation {
  kind: string;
  credentialId: string;
}

export interface TestAccount {
  id: string;
  ownerId: string;
}

/** An address no other test (of this run or an earlier one) signs in with. */
export function uniqueEmail(): string {
  return `user-${randomUUID()}@example.com`;
}

/** An IP address no other test shares, so that per-IP sign-in limits stay the test's own. */
export function uniqueIp(): string {
  const groups = randomBytes(8).toString('hex').match(/.{4}/g) ?? [];
  return `fd00::${groups.join(':')}`;
}

/**
 * Factories for the rows identity's specs start from. Every call makes new
 * rows of a new account, so a test never sees another test's data.
 */
export class IdentityFixtures {
  private readonly accounts: AccountsRepository;
  private readonly users: UsersRepository;
  private readonly roles: RolesRepository;
  private readonly auditEvents: AuditRepository;

  constructor(private readonly db: DataSource) {
    this.accounts = new AccountsRepository(db);
    this.users = new UsersRepository(db);
    this.roles = new RolesRepository(db);
    this.auditEvents = new AuditRepository(db);
  }

  /** A new account and its owner, who cannot sign in (sign-in specs sign up instead). */
  async account(): Promise<TestAccount> {
    const account = await this.accounts.create(`Account ${randomUUID()}`);
    const ownerId = await this.users.create({
      accountId: account.id,
      email: uniqueEmail(),
      passwordHash: 'not-an-argon2-hash',
      accountRole: 'owner',
    });
    return { id: account.id, ownerId };
  }

  /** Another user of the account, who signs in with the password behind `passwordHash`. */
  async user(
    account: TestAccount,
    accountRole: AccountRole,
    passwordHash: string,
  ): Promise<string> {
    const email = uniqueEmail();
    await this.users.create({ accountId: account.id, email, passwordHash, accountRole });
    return email;
  }

  /** A failed sign-in made `minutesAgo` minutes ago. */
  async failedSignIn(email: string, ip: string, minutesAgo: number): Promise<void> {
    await this.db.query(
      `INSERT INTO identity.login_attempts (email, ip, succeeded, attempted_at)
       VALUES ($1, $2, false, now() - make_interval(mins => $3))`,
      [email, ip, minutesAgo],
    );
  }

  /** The owner's dashboard session as the gateway hands it to identity, holding `permissions`. */
  sessionOf(
    account: TestAccount,
    permissions: readonly Permission[] = PERMISSIONS,
    environment: Environment = 'production',
  ): Principal {
    return {
      accountId: account.id,
      credentialType: 'session',
      credentialId: randomUUID(),
      userId: account.ownerId,
      environment,
      permissions: [...permissions],
      expiresAt: null,
    };
  }

  /** A secret key of the account as the gateway hands it to identity. */
  keyOf(
    account: TestAccount,
    keyId: string,
    permissions: readonly Permission[],
    environment: Environment = 'production',
  ): Principal {
    return {
      accountId: account.id,
      credentialType: 'secret_key',
      credentialId: keyId,
      userId: account.ownerId,
      environment,
      permissions: [...permissions],
      expiresAt: null,
    };
  }

  /** Who new keys and OAuth clients belong to, as the services resolve it. */
  credentialOwners(): CredentialOwners {
    return new CredentialOwners(this.db, this.users, new OAuthClientsRepository(this.db));
  }

  /** A role of the account's own. */
  async role(account: TestAccount, permissions: Permission[]): Promise<RoleView> {
    const role = await this.roles.create(account.id, {
      name: `role-${randomBytes(6).toString('hex')}`,
      description: '',
      permissions,
    });
    if (!role) throw new Error('the test role could not be created');
    return role;
  }

  /** The audit service as identity builds it, on the same database. */
  auditService(): AuditService {
    return new AuditService(this.auditEvents, new AuditNamesRepository(this.db));
  }

  /** The actions recorded in the account's audit log, in alphabetical order (events of one transaction share a time). */
  async auditActions(account: { id: string }): Promise<string[]> {
    const page = await this.auditEvents.page(account.id, { limit: 100 });
    return page.items.map((event) => event.action).sort();
  }

  /** Another member of the account, with their id; signs in with the password behind `passwordHash`. */
  async member(
    account: TestAccount,
    accountRole: AccountRole,
    passwordHash = 'not-an-argon2-hash',
  ): Promise<{ id: string; email: string }> {
    const email = uniqueEmail();
    const id = await this.users.create({ accountId: account.id, email, passwordHash, accountRole });
    return { id, email };
  }

  /** A service user of the account (a machine identity), enabled. */
  async serviceUser(
    account: TestAccount,
    name = `robot-${randomBytes(6).toString('hex')}`,
  ): Promise<string> {
    return this.db.transaction((manager) =>
      new ServiceUsersRepository(this.db).insert(account.id, { name, description: '' }, manager),
    );
  }

  /** A dashboard session of `userId`, a user of the account, holding `permissions`. */
  sessionAs(
    account: TestAccount,
    userId: string,
    permissions: readonly Permission[] = PERMISSIONS,
  ): Principal {
    return { ...this.sessionOf(account, permissions), userId };
  }

  /** The revocation log's entries about these credentials, oldest first. */
  async revocationsOf(credentialIds: readonly string[]): Promise<LoggedRevocation[]> {
    return this.db.query(
      `SELECT kind, credential_id AS "credentialId" FROM identity.revocations
       WHERE credential_id = ANY($1::uuid[]) ORDER BY seq`,
      [credentialIds],
    );
  }

  /** API keys as identity builds the service, publishing on `bus`. */
  apiKeysService(bus: ServiceClient, hasher: SecretHasher): ApiKeysService {
    return new ApiKeysService(
      this.db,
      new ApiKeysRepository(this.db),
      this.roles,
      this.auditService(),
      bus,
      this.credentialOwners(),
      hasher,
    );
  }

  /** OAuth clients as identity builds the service, publishing on `bus`. */
  oauthClientsService(bus: ServiceClient, hasher: SecretHasher): OAuthClientsService {
    return new OAuthClientsService(
      this.db,
      new OAuthClientsRepository(this.db),
      this.roles,
      this.auditService(),
      bus,
      this.credentialOwners(),
      hasher,
    );
  }
}
