import {
  AppError,
  CredentialMetadata,
  CredentialOwner,
  IdentitySessionEnded,
  LoginInput,
  Principal,
  SessionCreated,
  SessionVerification,
  SignupInput,
  WhoAmI,
} from '@tally/contracts';
import { ServiceClient, announce } from '@tally/nest-kit';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { announceChanged } from '../credentials/credential-announcements.js';
import { AccountRow, AccountsRepository } from '../accounts/accounts.repository.js';
import { ApiKeysService } from '../keys/api-keys.service.js';
import { OAuthClientsService } from '../oauth/oauth-clients.service.js';
import { AuditService } from '../audit/audit.service.js';
import { IdentityConfig } from '../config/identity.config.js';
import { IDENTITY_CONFIG } from '../config/identity.tokens.js';
import { randomToken } from '../crypto/random-token.js';
import { SECRET_HASHER, SecretHasher } from '../crypto/secret-hasher.js';
import { ACCOUNT_ROLE_PERMISSIONS } from '../users/account-roles.js';
import { HashingGate } from '../users/hashing-gate.js';
import { PasswordHasher } from '../users/password-hasher.js';
import { UserRow, UsersRepository } from '../users/users.repository.js';
import { LoginAttemptsRepository } from './login-attempts.repository.js';
import { SessionsRepository } from './sessions.repository.js';
import { SignInAttempt, SignInLimiter } from './sign-in-limiter.js';

/** What /users/me shows of a key or an OAuth client (nothing for a session). */
interface CredentialDetails {
  roles: { id: string; name: string }[];
  name: string | null;
  metadata: CredentialMetadata | null;
  owner: CredentialOwner | null;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest();

/** Dashboard sign-up, sign-in and sessions. */
@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    @Inject(SECRET_HASHER) private readonly hasher: SecretHasher,
    private readonly accounts: AccountsRepository,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly attempts: LoginAttemptsRepository,
    private readonly passwords: PasswordHasher,
    private readonly hashing: HashingGate,
    private readonly limiter: SignInLimiter,
    private readonly audit: AuditService,
    private readonly bus: ServiceClient,
    private readonly keys: ApiKeysService,
    private readonly clients: OAuthClientsService,
  ) {}

  /** Creates an account with its owner, or returns the existing owner when the password matches (operator bootstrap). */
  async createAccountWithOwner(
    input: SignupInput,
    options: { reuseExisting: boolean },
  ): Promise<{ user: UserRow; created: boolean }> {
    const existing = await this.users.findByEmail(input.email);
    if (existing) {
      if (
        options.reuseExisting &&
        (await this.hashing.run(() => this.passwords.verify(existing.passwordHash, input.password)))
      ) {
        return { user: existing, created: false };
      }
      throw new AppError('conflict', 'An account with this email already exists.', [
        { field: 'email', reason: 'taken' },
      ]);
    }
    const passwordHash = await this.hashing.run(() => this.passwords.hash(input.password));
    const userId = await this.db
      .transaction(async (manager) => {
        const account = await this.accounts.create(input.accountName, manager);
        const id = await this.users.create(
          { accountId: account.id, email: input.email, passwordHash, accountRole: 'owner' },
          manager,
        );
        await this.audit.record(
          { accountId: account.id, system: true },
          'account.created',
          { type: 'user', id },
          { email: input.email },
          manager,
        );
        return id;
      })
      .catch((error: unknown) => {
        if ((error as { code?: string }).code === '23505') {
          throw new AppError('conflict', 'An account with this email already exists.', [
            { field: 'email', reason: 'taken' },
          ]);
        }
        throw error;
      });
    const user = await this.users.findById(userId);
    if (!user) throw new Error('created user vanished');
    return { user, created: true };
  }

  async signup(input: SignupInput, ip: string): Promise<SessionCreated> {
    const { user } = await this.createAccountWithOwner(input, { reuseExisting: false });
    await this.limiter.signedIn(input.email, ip);
    return this.openSession(user);
  }

  async login(input: LoginInput, ip: string): Promise<SessionCreated> {
    const attempt = await this.limiter.reserve(input.email, ip);
    const { user, valid } = await this.checkPassword(input, attempt);
    await this.attempts.record(input.email, ip, valid);
    if (!user || !valid) {
      throw new AppError('unauthorized', 'The email or password is not right.');
    }
    await this.limiter.signedIn(input.email, ip, attempt);
    await this.users.recordLogin(user.id);
    await this.audit.record(
      { accountId: user.accountId, credentialType: 'session', credentialId: '', userId: user.id },
      'user.logged_in',
      { type: 'user', id: user.id },
      { ip },
    );
    return this.openSession(user);
  }

  async logout(sessionToken: string): Promise<{ loggedOut: boolean }> {
    const ended = await this.sessions.revoke(this.hasher.hash(sessionToken));
    if (ended) {
      await this.audit.record(
        {
          accountId: ended.accountId,
          credentialType: 'session',
          credentialId: ended.id,
          userId: ended.userId,
        },
        'user.logged_out',
        { type: 'user', id: ended.userId },
      );
      await announce(this.bus, this.logger, IdentitySessionEnded, { sessionId: ended.id });
    }
    return { loggedOut: Boolean(ended) };
  }

  async verifySession(sessionToken: string): Promise<SessionVerification> {
    const session = await this.sessions.findActive(this.hasher.hash(sessionToken));
    if (!session) throw new AppError('unauthorized', 'The session has ended; sign in again.');
    const principal: Principal = {
      accountId: session.accountId,
      credentialType: 'session',
      credentialId: session.id,
      userId: session.userId,
      environment: 'production',
      permissions: [...ACCOUNT_ROLE_PERMISSIONS[session.accountRole]],
      expiresAt: session.expiresAt.toISOString(),
    };
    return { principal, csrfHash: session.csrfHash.toString('hex') };
  }

  /** `/users/me`: the account, and the signed-in user or the key or client, read at once. */
  async whoAmI(principal: Principal): Promise<WhoAmI> {
    const [[account, credential], user] = await Promise.all([
      this.accountAndCredential(principal),
      principal.credentialType === 'session' && principal.userId
        ? this.users.findById(principal.userId)
        : null,
    ]);
    if (!account) throw new AppError('not_found', 'The account no longer exists.');
    return {
      account,
      credential: {
        type: principal.credentialType,
        id: principal.credentialId,
        name: credential.name,
        metadata: credential.metadata,
        owner: credential.owner,
      },
      user: user ? { id: user.id, email: user.email, accountRole: user.accountRole } : null,
      roles: credential.roles,
      permissions: principal.permissions,
      environment: principal.environment,
      expiresAt: principal.expiresAt,
    };
  }

  /**
   * The account, and what `/users/me` shows of the credential: a key (with
   * its roles; read with its account in one query, the hot case), an OAuth
   * client, nothing for a session.
   */
  private async accountAndCredential(
    principal: Principal,
  ): Promise<[AccountRow | null, CredentialDetails]> {
    if (
      principal.credentialType === 'secret_key' ||
      principal.credentialType === 'publishable_key'
    ) {
      const { accountName, ...key } = await this.keys.describe(principal, principal.credentialId);
      const account = accountName === null ? null : { id: principal.accountId, name: accountName };
      return [account, key];
    }
    return Promise.all([
      this.accounts.findById(principal.accountId),
      this.credentialDetails(principal),
    ]);
  }

  /** What `/users/me` shows of an OAuth client; nothing for a session. */
  private async credentialDetails(principal: Principal): Promise<CredentialDetails> {
    switch (principal.credentialType) {
      case 'oauth_client': {
        const client = await this.clients.get(principal, principal.credentialId);
        return { roles: [], name: client.name, metadata: client.metadata, owner: client.owner };
      }
      default:
        return { roles: [], name: null, metadata: null, owner: null };
    }
  }

  /**
   * Tells every gateway that these sessions' permissions changed (their
   * user's role did), so that the next request reads them again.
   */
  async announceSessionsChanged(
    sessions: readonly { id: string; expiresAt: Date }[],
  ): Promise<void> {
    await announceChanged(
      this.bus,
      this.logger,
      sessions.map((session) => ({
        kind: 'session',
        credentialId: session.id,
        forgetAfter: session.expiresAt,
      })),
    );
  }

  /** Tells every gateway of sessions ended in a transaction that has committed. */
  async announceSessionsEnded(sessionIds: readonly string[]): Promise<void> {
    for (const sessionId of sessionIds) {
      await announce(this.bus, this.logger, IdentitySessionEnded, { sessionId });
    }
  }

  /** Signs the user in: a new session and its CSRF token. */
  async openSession(user: UserRow): Promise<SessionCreated> {
    const sessionToken = randomToken();
    const csrfToken = randomToken();
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_HOURS * 60 * 60 * 1000);
    await this.sessions.create({
      userId: user.id,
      accountId: user.accountId,
      tokenHash: this.hasher.hash(sessionToken),
      csrfHash: sha256(csrfToken),
      expiresAt,
    });
    return {
      sessionToken,
      csrfToken,
      expiresAt: expiresAt.toISOString(),
      user: { id: user.id, email: user.email, accountRole: user.accountRole },
      account: { id: user.accountId, name: user.accountName },
    };
  }

  /**
   * Runs argon2 for a reserved attempt, even for an unknown email so that
   * timing does not tell which emails exist. When the check cannot happen
   * (argon2 busy, the database down) the attempt was no guess: it is released.
   */
  private async checkPassword(
    input: LoginInput,
    attempt: SignInAttempt,
  ): Promise<{ user: UserRow | null; valid: boolean }> {
    try {
      const user = await this.users.findByEmail(input.email);
      const valid = await this.hashing.run(() =>
        user
          ? this.passwords.verify(user.passwordHash, input.password)
          : this.passwords.hash(input.password).then(() => false),
      );
      return { user, valid };
    } catch (error) {
      await this.limiter.release(attempt);
      throw error;
    }
  }
}
