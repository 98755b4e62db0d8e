import { IdentitySessionEnded, PERMISSIONS, type SignupInput } from '@tally/contracts';
import { Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  backToThePresent,
  HOUR_MS,
  MINUTE_MS,
  travelInTime,
} from '../../test/support/date-travel.js';
import { openIdentityDatabase } from '../../test/support/identity-database.js';
import { IdentityFixtures, uniqueEmail, uniqueIp } from '../../test/support/identity-fixtures.js';
import { identityTestConfig } from '../../test/support/identity-test-config.js';
import { QuickPasswordHasher } from '../../test/support/quick-password-hasher.js';
import { RecordingBus } from '../../test/support/recording-bus.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { SecretHasher } from '../crypto/secret-hasher.js';
import { UsersRepository } from '../users/users.repository.js';
import { AuthService } from './auth.service.js';
import { LoginAttemptsRepository } from './login-attempts.repository.js';
import { SessionsRepository } from './sessions.repository.js';

const PASSWORD = 'correct horse battery staple';
const MAX_FAILURES_PER_EMAIL = 3;
const MAX_FAILURES_PER_IP = 5;
const FAILURE_WINDOW_MINUTES = 15;
const SESSION_TTL_HOURS = 24;

const config = identityTestConfig({
  LOGIN_MAX_FAILURES_PER_EMAIL: String(MAX_FAILURES_PER_EMAIL),
  LOGIN_MAX_FAILURES_PER_IP: String(MAX_FAILURES_PER_IP),
  LOGIN_FAILURE_WINDOW_MINUTES: String(FAILURE_WINDOW_MINUTES),
  SESSION_TTL_HOURS: String(SESSION_TTL_HOURS),
});

function signupInput(email = uniqueEmail()): SignupInput {
  return { email, password: PASSWORD, accountName: 'Acme' };
}

describe('AuthService', () => {
  let db: DataSource;
  let fixtures: IdentityFixtures;
  let passwords: QuickPasswordHasher;
  let bus: RecordingBus;
  let sut: AuthService;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    db = await openIdentityDatabase();
    fixtures = new IdentityFixtures(db);
    passwords = new QuickPasswordHasher();
  });

  afterAll(async () => {
    await db.destroy();
  });

  beforeEach(() => {
    bus = new RecordingBus();
    sut = new AuthService(
      db,
      config,
      new SecretHasher(config.KEY_HASH_SECRET),
      new AccountsRepository(db),
      new UsersRepository(db),
      new SessionsRepository(db),
      new LoginAttemptsRepository(db),
      passwords,
      fixtures.auditService(),
      bus.client,
    );
  });

  afterEach(() => {
    backToThePresent();
  });

  describe('signup', () => {
    it("opens a session for the new account's owner, who holds every permission", async () => {
      const created = await sut.signup(signupInput());

      const { principal } = await sut.verifySession(created.sessionToken);

      expect(created.user.accountRole).toBe('owner');
      expect(principal).toMatchObject({
        accountId: created.account.id,
        credentialType: 'session',
        userId: created.user.id,
      });
      expect([...principal.permissions].sort()).toEqual([...PERMISSIONS].sort());
    });

    it('refuses an email that is taken, whatever its case', async () => {
      const email = uniqueEmail();
      await sut.signup(signupInput(email));

      await expect(sut.signup(signupInput(email.toUpperCase()))).rejects.toMatchObject({
        code: 'conflict',
        details: [{ field: 'email', reason: 'taken' }],
      });
    });

    it("records the account's creation in the audit log", async () => {
      const created = await sut.signup(signupInput());

      expect(await fixtures.auditActions(created.account)).toEqual(['account.created']);
    });
  });

  describe('createAccountWithOwner', () => {
    it('hands back the existing owner when asked to reuse it and the password matches', async () => {
      const input = signupInput();
      const first = await sut.createAccountWithOwner(input, { reuseExisting: true });

      const again = await sut.createAccountWithOwner(input, { reuseExisting: true });

      expect(again).toEqual({ user: first.user, created: false });
    });

    it('refuses to reuse an existing owner when the password does not match', async () => {
      const input = signupInput();
      await sut.createAccountWithOwner(input, { reuseExisting: true });

      await expect(
        sut.createAccountWithOwner(
          { ...input, password: 'another long password' },
          { reuseExisting: true },
        ),
      ).rejects.toMatchObject({ code: 'conflict' });
    });
  });

  describe('login', () => {
    it('opens a new session, with a new token, for the right password', async () => {
      const { email } = signupInput();
      const signedUp = await sut.signup(signupInput(email));

      const loggedIn = await sut.login({ email, password: PASSWORD }, uniqueIp());

      expect(loggedIn.sessionToken).not.toBe(signedUp.sessionToken);
      expect((await sut.verifySession(loggedIn.sessionToken)).principal.userId).toBe(
        signedUp.user.id,
      );
    });

    it('finds the user whatever the case of the email', async () => {
      const { email } = signupInput();
      const signedUp = await sut.signup(signupInput(email));

      const loggedIn = await sut.login(
        { email: email.toUpperCase(), password: PASSWORD },
        uniqueIp(),
      );

      expect(loggedIn.user.id).toBe(signedUp.user.id);
    });

    it("leaves the user's earlier sessions open", async () => {
      const { email } = signupInput();
      const signedUp = await sut.signup(signupInput(email));

      await sut.login({ email, password: PASSWORD }, uniqueIp());

      await expect(sut.verifySession(signedUp.sessionToken)).resolves.toBeDefined();
    });

    it('refuses a wrong password', async () => {
      const { email } = signupInput();
      await sut.signup(signupInput(email));

      await expect(
        sut.login({ email, password: 'not the password' }, uniqueIp()),
      ).rejects.toMatchObject({ code: 'unauthorized' });
    });

    it('refuses an unknown email with the same answer as a wrong password', async () => {
      const { email } = signupInput();
      await sut.signup(signupInput(email));
      const wrongPassword = await sut
        .login({ email, password: 'not the password' }, uniqueIp())
        .catch((error: unknown) => error);

      const unknownEmail = await sut
        .login({ email: uniqueEmail(), password: PASSWORD }, uniqueIp())
        .catch((error: unknown) => error);

      expect(unknownEmail).toEqual(wrongPassword);
      expect(unknownEmail).toMatchObject({ code: 'unauthorized' });
    });

    it('refuses an email, even with the right password, after too many failures from any address', async () => {
      const { email } = signupInput();
      await sut.signup(signupInput(email));
      for (let failure = 0; failure < MAX_FAILURES_PER_EMAIL; failure++) {
        await sut.login({ email, password: 'not the password' }, uniqueIp()).catch(() => null);
      }

      const refusal = await sut
        .login({ email, password: PASSWORD }, uniqueIp())
        .catch((error: unknown) => error);

      expect(refusal).toMatchObject({
        code: 'rate_limited',
        details: [{ field: 'email', reason: 'too_many_failures' }],
      });
      const { retryAfterSeconds } = refusal as { retryAfterSeconds: number };
      expect(retryAfterSeconds).toBeGreaterThan(0);
      expect(retryAfterSeconds).toBeLessThanOrEqual(FAILURE_WINDOW_MINUTES * 60);
    });

    it('refuses an address after too many failures from it, whatever the email', async () => {
      const ip = uniqueIp();
      const { email } = signupInput();
      await sut.signup(signupInput(email));
      for (let failure = 0; failure < MAX_FAILURES_PER_IP; failure++) {
        await fixtures.failedSignIn(uniqueEmail(), ip, 0);
      }

      await expect(sut.login({ email, password: PASSWORD }, ip)).rejects.toMatchObject({
        code: 'rate_limited',
        details: [{ reason: 'too_many_failures' }],
      });
    });

    it('forgets failures older than the window', async () => {
      const ip = uniqueIp();
      const { email } = signupInput();
      await sut.signup(signupInput(email));
      for (let failure = 0; failure < MAX_FAILURES_PER_EMAIL; failure++) {
        await fixtures.failedSignIn(email, ip, FAILURE_WINDOW_MINUTES + 1);
      }

      await expect(sut.login({ email, password: PASSWORD }, ip)).resolves.toBeDefined();
    });

    it('does not count successful sign-ins as failures', async () => {
      const ip = uniqueIp();
      const { email } = signupInput();
      await sut.signup(signupInput(email));
      for (let success = 0; success < MAX_FAILURES_PER_EMAIL; success++) {
        await sut.login({ email, password: PASSWORD }, ip);
      }

      await expect(sut.login({ email, password: PASSWORD }, ip)).resolves.toBeDefined();
    });

    it('records the sign-in in the audit log', async () => {
      const { email } = signupInput();
      const signedUp = await sut.signup(signupInput(email));

      await sut.login({ email, password: PASSWORD }, uniqueIp());

      expect(await fixtures.auditActions(signedUp.account)).toEqual([
        'account.created',
        'user.logged_in',
      ]);
    });
  });

  describe('logout', () => {
    it('ends the session: its token no longer verifies', async () => {
      const created = await sut.signup(signupInput());

      const answer = await sut.logout(created.sessionToken);

      expect(answer).toEqual({ loggedOut: true });
      await expect(sut.verifySession(created.sessionToken)).rejects.toMatchObject({
        code: 'unauthorized',
      });
    });

    it('tells the gateways which session ended', async () => {
      const created = await sut.signup(signupInput());
      const { principal } = await sut.verifySession(created.sessionToken);

      await sut.logout(created.sessionToken);

      expect(bus.eventsOf(IdentitySessionEnded)).toEqual([{ sessionId: principal.credentialId }]);
    });

    it('answers that nothing ended for a session already ended, and tells no one again', async () => {
      const created = await sut.signup(signupInput());
      await sut.logout(created.sessionToken);

      const again = await sut.logout(created.sessionToken);

      expect(again).toEqual({ loggedOut: false });
      expect(bus.eventsOf(IdentitySessionEnded)).toHaveLength(1);
    });

    it("leaves the user's other sessions open", async () => {
      const { email } = signupInput();
      const first = await sut.signup(signupInput(email));
      const second = await sut.login({ email, password: PASSWORD }, uniqueIp());

      await sut.logout(first.sessionToken);

      await expect(sut.verifySession(second.sessionToken)).resolves.toBeDefined();
    });
  });

  describe('verifySession', () => {
    it('refuses a token that opened no session', async () => {
      await expect(sut.verifySession('not-a-session-token')).rejects.toMatchObject({
        code: 'unauthorized',
      });
    });

    it('keeps a session for SESSION_TTL_HOURS after sign-in', async () => {
      const created = await sut.signup(signupInput());

      const { principal } = await sut.verifySession(created.sessionToken);

      const expiresAt = new Date(principal.expiresAt ?? 0).getTime();
      expect(Math.abs(expiresAt - (Date.now() + SESSION_TTL_HOURS * HOUR_MS))).toBeLessThan(
        MINUTE_MS,
      );
    });

    it('refuses a session opened longer ago than its lifetime', async () => {
      travelInTime(-(SESSION_TTL_HOURS + 1) * HOUR_MS);
      const created = await sut.signup(signupInput());
      backToThePresent();

      await expect(sut.verifySession(created.sessionToken)).rejects.toMatchObject({
        code: 'unauthorized',
      });
    });

    it("gives a member only a member's permissions", async () => {
      const account = await fixtures.account();
      const email = await fixtures.user(account, 'member', await passwords.hash(PASSWORD));
      const session = await sut.login({ email, password: PASSWORD }, uniqueIp());

      const { principal } = await sut.verifySession(session.sessionToken);

      expect([...principal.permissions].sort()).toEqual([
        'creators:read',
        'creators:sync',
        'creators:write',
        'keys:read',
      ]);
    });

    it("answers the hash of the session's CSRF token", async () => {
      const created = await sut.signup(signupInput());

      const { csrfHash } = await sut.verifySession(created.sessionToken);

      expect(csrfHash).toBe(createHash('sha256').update(created.csrfToken).digest('hex'));
    });
  });

  describe('whoAmI', () => {
    it('names the signed-in user and their account', async () => {
      const created = await sut.signup(signupInput());
      const { principal } = await sut.verifySession(created.sessionToken);

      const answer = await sut.whoAmI(principal, []);

      expect(answer).toMatchObject({ account: created.account, user: created.user });
    });

    it('names no user for a key, even one made by a user', async () => {
      const account = await fixtures.account();
      const principal = fixtures.keyOf(account, 'some-key-id', ['creators:read']);

      const answer = await sut.whoAmI(principal, [{ id: 'role-id', name: 'read-only' }]);

      expect(answer).toMatchObject({
        user: null,
        credential: { type: 'secret_key', id: 'some-key-id' },
        roles: [{ id: 'role-id', name: 'read-only' }],
      });
    });
  });
});
