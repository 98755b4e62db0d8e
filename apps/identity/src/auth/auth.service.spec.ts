import { IdentitySessionEnded, PERMISSIONS, type SignupInput } from '@tally/contracts';
import { waitFor } from '@tally/testing';
import { Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  backToThePresent,
  HOUR_MS,
  MINUTE_MS,
  travelInTime,
} from '../../test/support/date-travel.js';
import { CountingPasswordHasher } from '../../test/support/counting-password-hasher.js';
import { openIdentityDatabase } from '../../test/support/identity-database.js';
import { IdentityFixtures, uniqueEmail, uniqueIp } from '../../test/support/identity-fixtures.js';
import { identityTestConfig } from '../../test/support/identity-test-config.js';
import { RecordingBus } from '../../test/support/recording-bus.js';
import { forgetSignInKeys, openTestSignInRedis } from '../../test/support/sign-in-redis.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { SecretHasher } from '../crypto/secret-hasher.js';
import { HashingGate } from '../users/hashing-gate.js';
import { UsersRepository } from '../users/users.repository.js';
import { AuthService } from './auth.service.js';
import { LoginAttemptsRepository } from './login-attempts.repository.js';
import { SessionsRepository } from './sessions.repository.js';
import { SignInLimiter } from './sign-in-limiter.js';

const PASSWORD = 'correct horse battery staple';
const WRONG_PASSWORD = 'not the password';
const MAX_FAILURES_PER_EMAIL_AND_IP = 3;
const MAX_FAILURES_PER_IP = 5;
const MAX_FAILURES_PER_EMAIL = 6;
const EMAIL_BACKOFF_MAX_SECONDS = 4;
const FAILURE_WINDOW_MINUTES = 15;
const SESSION_TTL_HOURS = 24;
const MAX_CONCURRENT_HASHES = 4;
const MAX_QUEUED_HASHES = 16;

const config = identityTestConfig({
  LOGIN_MAX_FAILURES_PER_EMAIL_AND_IP: String(MAX_FAILURES_PER_EMAIL_AND_IP),
  LOGIN_MAX_FAILURES_PER_IP: String(MAX_FAILURES_PER_IP),
  LOGIN_MAX_FAILURES_PER_EMAIL: String(MAX_FAILURES_PER_EMAIL),
  LOGIN_EMAIL_BACKOFF_MAX_SECONDS: String(EMAIL_BACKOFF_MAX_SECONDS),
  LOGIN_FAILURE_WINDOW_MINUTES: String(FAILURE_WINDOW_MINUTES),
  SESSION_TTL_HOURS: String(SESSION_TTL_HOURS),
});

function signupInput(email = uniqueEmail()): SignupInput {
  return { email, password: PASSWORD, accountName: 'Acme' };
}

/** What a failed sign-in was refused or answered with: its code, details and Retry-After. */
async function outcomeOf(signIn: Promise<unknown>): Promise<{
  code?: string;
  details?: unknown;
  retryAfterSeconds?: number;
}> {
  return signIn.then(
    () => ({ code: 'signed_in' }),
    (error: { code?: string; details?: unknown; retryAfterSeconds?: number }) => ({
      code: error.code,
      details: error.details,
      retryAfterSeconds: error.retryAfterSeconds,
    }),
  );
}

describe('AuthService', () => {
  let db: DataSource;
  let fixtures: IdentityFixtures;
  let limiter: SignInLimiter;
  let passwords: CountingPasswordHasher;
  let bus: RecordingBus;
  let sut: AuthService;

  function authService(hashing: HashingGate): AuthService {
    return new AuthService(
      db,
      config,
      new SecretHasher(config.KEY_HASH_SECRET),
      new AccountsRepository(db),
      new UsersRepository(db),
      new SessionsRepository(db),
      new LoginAttemptsRepository(db),
      passwords,
      hashing,
      limiter,
      fixtures.auditService(),
      bus.client,
      fixtures.apiKeysService(bus.client, new SecretHasher(config.KEY_HASH_SECRET)),
      fixtures.oauthClientsService(bus.client, new SecretHasher(config.KEY_HASH_SECRET)),
    );
  }

  beforeAll(async () => {
    Logger.overrideLogger(false);
    db = await openIdentityDatabase();
    fixtures = new IdentityFixtures(db);
    limiter = new SignInLimiter(openTestSignInRedis(config), config);
  });

  afterAll(async () => {
    await limiter.onApplicationShutdown();
    await forgetSignInKeys(config);
    await db.destroy();
  });

  beforeEach(() => {
    passwords = new CountingPasswordHasher();
    bus = new RecordingBus();
    sut = authService(new HashingGate(MAX_CONCURRENT_HASHES, MAX_QUEUED_HASHES));
  });

  afterEach(() => {
    backToThePresent();
  });

  describe('signup', () => {
    it("opens a session for the new account's owner, who holds every permission", async () => {
      const created = await sut.signup(signupInput(), uniqueIp());

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
      await sut.signup(signupInput(email), uniqueIp());

      await expect(sut.signup(signupInput(email.toUpperCase()), uniqueIp())).rejects.toMatchObject({
        code: 'conflict',
        details: [{ field: 'email', reason: 'taken' }],
      });
    });

    it("records the account's creation in the audit log", async () => {
      const created = await sut.signup(signupInput(), uniqueIp());

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
      const signedUp = await sut.signup(signupInput(email), uniqueIp());

      const loggedIn = await sut.login({ email, password: PASSWORD }, uniqueIp());

      expect(loggedIn.sessionToken).not.toBe(signedUp.sessionToken);
      expect((await sut.verifySession(loggedIn.sessionToken)).principal.userId).toBe(
        signedUp.user.id,
      );
    });

    it('finds the user whatever the case of the email', async () => {
      const { email } = signupInput();
      const signedUp = await sut.signup(signupInput(email), uniqueIp());

      const loggedIn = await sut.login(
        { email: email.toUpperCase(), password: PASSWORD },
        uniqueIp(),
      );

      expect(loggedIn.user.id).toBe(signedUp.user.id);
    });

    it("leaves the user's earlier sessions open", async () => {
      const { email } = signupInput();
      const signedUp = await sut.signup(signupInput(email), uniqueIp());

      await sut.login({ email, password: PASSWORD }, uniqueIp());

      await expect(sut.verifySession(signedUp.sessionToken)).resolves.toBeDefined();
    });

    it('refuses a wrong password', async () => {
      const { email } = signupInput();
      await sut.signup(signupInput(email), uniqueIp());

      await expect(
        sut.login({ email, password: 'not the password' }, uniqueIp()),
      ).rejects.toMatchObject({ code: 'unauthorized' });
    });

    it('refuses an unknown email with the same answer as a wrong password', async () => {
      const { email } = signupInput();
      await sut.signup(signupInput(email), uniqueIp());
      const wrongPassword = await sut
        .login({ email, password: 'not the password' }, uniqueIp())
        .catch((error: unknown) => error);

      const unknownEmail = await sut
        .login({ email: uniqueEmail(), password: PASSWORD }, uniqueIp())
        .catch((error: unknown) => error);

      expect(unknownEmail).toEqual(wrongPassword);
      expect(unknownEmail).toMatchObject({ code: 'unauthorized' });
    });

    it('refuses an email from an address after too many failures for it from there, even with the right password', async () => {
      const ip = uniqueIp();
      const { email } = signupInput();
      await sut.signup(signupInput(email), uniqueIp());
      for (let failure = 0; failure < MAX_FAILURES_PER_EMAIL_AND_IP; failure++) {
        await sut.login({ email, password: WRONG_PASSWORD }, ip).catch(() => null);
      }

      const refusal = await outcomeOf(sut.login({ email, password: PASSWORD }, ip));

      expect(refusal).toMatchObject({
        code: 'rate_limited',
        details: [{ field: 'email', reason: 'too_many_failures' }],
      });
      expect(refusal.retryAfterSeconds).toBeGreaterThan(0);
      expect(refusal.retryAfterSeconds).toBeLessThanOrEqual(FAILURE_WINDOW_MINUTES * 60);
    });

    it('refuses an address after too many failures from it, whatever the email', async () => {
      const ip = uniqueIp();
      const { email } = signupInput();
      await sut.signup(signupInput(email), uniqueIp());
      for (let failure = 0; failure < MAX_FAILURES_PER_IP; failure++) {
        await sut.login({ email: uniqueEmail(), password: WRONG_PASSWORD }, ip).catch(() => null);
      }

      await expect(sut.login({ email, password: PASSWORD }, ip)).rejects.toMatchObject({
        code: 'rate_limited',
        details: [{ reason: 'too_many_failures' }],
      });
    });

    it('forgets failures older than the window', async () => {
      const ip = uniqueIp();
      const { email } = signupInput();
      await sut.signup(signupInput(email), uniqueIp());
      travelInTime(-(FAILURE_WINDOW_MINUTES + 1) * MINUTE_MS);
      for (let failure = 0; failure < MAX_FAILURES_PER_EMAIL_AND_IP; failure++) {
        await sut.login({ email, password: WRONG_PASSWORD }, ip).catch(() => null);
      }
      const refusedThen = await outcomeOf(sut.login({ email, password: PASSWORD }, ip));
      backToThePresent();

      const afterTheWindow = await outcomeOf(sut.login({ email, password: PASSWORD }, ip));

      expect(refusedThen.code).toBe('rate_limited');
      expect(afterTheWindow.code).toBe('signed_in');
    });

    it('does not count successful sign-ins as failures', async () => {
      const ip = uniqueIp();
      const { email } = signupInput();
      await sut.signup(signupInput(email), uniqueIp());
      for (let success = 0; success < MAX_FAILURES_PER_EMAIL_AND_IP; success++) {
        await sut.login({ email, password: PASSWORD }, ip);
      }

      await expect(sut.login({ email, password: PASSWORD }, ip)).resolves.toBeDefined();
    });

    it('records the sign-in in the audit log', async () => {
      const { email } = signupInput();
      const signedUp = await sut.signup(signupInput(email), uniqueIp());

      await sut.login({ email, password: PASSWORD }, uniqueIp());

      expect(await fixtures.auditActions(signedUp.account)).toEqual([
        'account.created',
        'user.logged_in',
      ]);
    });
  });

  describe('login under attack', () => {
    it('checks no more passwords than the limit for a burst of parallel guesses at one email from one address', async () => {
      const ip = uniqueIp();
      const { email } = signupInput();
      await sut.signup(signupInput(email), uniqueIp());
      const runsBefore = passwords.runs;

      const outcomes = await Promise.all(
        Array.from({ length: 30 }, () =>
          outcomeOf(sut.login({ email, password: WRONG_PASSWORD }, ip)),
        ),
      );

      expect(passwords.runs - runsBefore).toBe(MAX_FAILURES_PER_EMAIL_AND_IP);
      const refused = outcomes.filter((outcome) => outcome.code === 'rate_limited');
      expect(outcomes.filter((outcome) => outcome.code === 'unauthorized')).toHaveLength(
        MAX_FAILURES_PER_EMAIL_AND_IP,
      );
      expect(refused).toHaveLength(30 - MAX_FAILURES_PER_EMAIL_AND_IP);
      for (const refusal of refused) {
        expect(refusal.retryAfterSeconds).toBeGreaterThan(0);
        expect(refusal.retryAfterSeconds).toBeLessThanOrEqual(FAILURE_WINDOW_MINUTES * 60);
      }
    });

    it('lets the owner in from an address they signed in from, however many failures other addresses made', async () => {
      const ownIp = uniqueIp();
      const { email } = signupInput();
      await sut.signup(signupInput(email), ownIp);
      // The clock stands still, so no back-off delay runs out during the attack.
      travelInTime(0);
      const attacks: string[] = [];
      for (let attacker = 0; attacker < 3 * MAX_FAILURES_PER_EMAIL; attacker++) {
        const attack = await outcomeOf(sut.login({ email, password: WRONG_PASSWORD }, uniqueIp()));
        attacks.push(attack.code ?? '');
      }

      const owner = sut.login({ email, password: PASSWORD }, ownIp);

      await expect(owner).resolves.toMatchObject({ user: { email } });
      expect(attacks.filter((code) => code === 'unauthorized')).toHaveLength(
        MAX_FAILURES_PER_EMAIL,
      );
    });

    it('makes other addresses wait, twice as long each time up to the longest delay, once an email failed too often', async () => {
      const { email } = signupInput();
      await sut.signup(signupInput(email), uniqueIp());
      travelInTime(0);
      for (let failure = 0; failure < MAX_FAILURES_PER_EMAIL; failure++) {
        await sut.login({ email, password: WRONG_PASSWORD }, uniqueIp()).catch(() => null);
      }

      const waits: number[] = [];
      for (let round = 0; round < 4; round++) {
        const refusal = await outcomeOf(sut.login({ email, password: PASSWORD }, uniqueIp()));
        expect(refusal).toMatchObject({
          code: 'rate_limited',
          details: [{ field: 'email', reason: 'backing_off' }],
        });
        waits.push(refusal.retryAfterSeconds ?? 0);
        travelInTime((refusal.retryAfterSeconds ?? 0) * 1000);
        await sut.login({ email, password: WRONG_PASSWORD }, uniqueIp()).catch(() => null);
      }

      expect(waits).toEqual([1, 2, 4, EMAIL_BACKOFF_MAX_SECONDS]);
    });
  });

  describe('argon2 bound', () => {
    it('refuses a sign-in at once, with a short Retry-After, while every hashing slot is taken and none is free to wait for', async () => {
      sut = authService(new HashingGate(1, 0));
      const first = signupInput();
      const second = signupInput();
      await sut.signup(first, uniqueIp());
      await sut.signup(second, uniqueIp());
      passwords.hold();
      const held = sut.login({ email: first.email, password: PASSWORD }, uniqueIp());
      await waitFor(
        async () => passwords.runs,
        (runs) => runs === 3,
        { timeoutMs: 5000, intervalMs: 5 },
      );

      const refusal = await outcomeOf(
        sut.login({ email: second.email, password: PASSWORD }, uniqueIp()),
      );
      const signupRefusal = await outcomeOf(sut.signup(signupInput(), uniqueIp()));
      passwords.letGo();

      expect(refusal).toEqual({
        code: 'rate_limited',
        details: [{ reason: 'busy' }],
        retryAfterSeconds: 1,
      });
      expect(signupRefusal).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 1 });
      await expect(held).resolves.toBeDefined();
      expect(passwords.runs).toBe(3);
    });

    it('does not count a sign-in refused for want of a hashing slot as a failure', async () => {
      sut = authService(new HashingGate(1, 0));
      const ip = uniqueIp();
      const first = signupInput();
      const second = signupInput();
      await sut.signup(first, uniqueIp());
      await sut.signup(second, uniqueIp());
      passwords.hold();
      const held = sut.login({ email: first.email, password: PASSWORD }, uniqueIp());
      await waitFor(
        async () => passwords.runs,
        (runs) => runs === 3,
        { timeoutMs: 5000, intervalMs: 5 },
      );
      for (let refusal = 0; refusal <= MAX_FAILURES_PER_EMAIL_AND_IP; refusal++) {
        await sut.login({ email: second.email, password: WRONG_PASSWORD }, ip).catch(() => null);
      }
      passwords.letGo();
      await held;

      await expect(
        sut.login({ email: second.email, password: PASSWORD }, ip),
      ).resolves.toBeDefined();
    });
  });

  describe('logout', () => {
    it('ends the session: its token no longer verifies', async () => {
      const created = await sut.signup(signupInput(), uniqueIp());

      const answer = await sut.logout(created.sessionToken);

      expect(answer).toEqual({ loggedOut: true });
      await expect(sut.verifySession(created.sessionToken)).rejects.toMatchObject({
        code: 'unauthorized',
      });
    });

    it('tells the gateways which session ended', async () => {
      const created = await sut.signup(signupInput(), uniqueIp());
      const { principal } = await sut.verifySession(created.sessionToken);

      await sut.logout(created.sessionToken);

      expect(bus.eventsOf(IdentitySessionEnded)).toEqual([{ sessionId: principal.credentialId }]);
    });

    it('answers that nothing ended for a session already ended, and tells no one again', async () => {
      const created = await sut.signup(signupInput(), uniqueIp());
      await sut.logout(created.sessionToken);

      const again = await sut.logout(created.sessionToken);

      expect(again).toEqual({ loggedOut: false });
      expect(bus.eventsOf(IdentitySessionEnded)).toHaveLength(1);
    });

    it("leaves the user's other sessions open", async () => {
      const { email } = signupInput();
      const first = await sut.signup(signupInput(email), uniqueIp());
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
      const created = await sut.signup(signupInput(), uniqueIp());

      const { principal } = await sut.verifySession(created.sessionToken);

      const expiresAt = new Date(principal.expiresAt ?? 0).getTime();
      expect(Math.abs(expiresAt - (Date.now() + SESSION_TTL_HOURS * HOUR_MS))).toBeLessThan(
        MINUTE_MS,
      );
    });

    it('refuses a session opened longer ago than its lifetime', async () => {
      travelInTime(-(SESSION_TTL_HOURS + 1) * HOUR_MS);
      const created = await sut.signup(signupInput(), uniqueIp());
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
        'users:read',
      ]);
    });

    it("answers the hash of the session's CSRF token", async () => {
      const created = await sut.signup(signupInput(), uniqueIp());

      const { csrfHash } = await sut.verifySession(created.sessionToken);

      expect(csrfHash).toBe(createHash('sha256').update(created.csrfToken).digest('hex'));
    });
  });

  describe('whoAmI', () => {
    it('names the signed-in user and their account', async () => {
      const created = await sut.signup(signupInput(), uniqueIp());
      const { principal } = await sut.verifySession(created.sessionToken);

      const answer = await sut.whoAmI(principal);

      expect(answer).toMatchObject({
        account: created.account,
        user: created.user,
        credential: { type: 'session', name: null, metadata: null, owner: null },
      });
    });

    it('names no user for a key, even one made by a user, but the key, its metadata and owner', async () => {
      const account = await fixtures.account();
      const keys = fixtures.apiKeysService(bus.client, new SecretHasher(config.KEY_HASH_SECRET));
      const key = await keys.create(fixtures.sessionOf(account), {
        name: 'reporting',
        type: 'secret',
        environment: 'production',
        roles: ['read-only'],
        expiresInDays: 30,
        metadata: { team: 'data' },
      });
      const principal = fixtures.keyOf(account, key.id, ['creators:read']);

      const answer = await sut.whoAmI(principal);

      expect(answer).toMatchObject({
        user: null,
        credential: {
          type: 'secret_key',
          id: key.id,
          name: 'reporting',
          metadata: { team: 'data' },
          owner: { id: account.ownerId, kind: 'human', enabled: true },
        },
        roles: [{ name: 'read-only' }],
      });
    });
  });
});
