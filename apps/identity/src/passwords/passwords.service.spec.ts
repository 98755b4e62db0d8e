import { ChangePasswordInputSchema, IdentitySessionEnded, type Principal } from '@tally/contracts';
import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openIdentityDatabase } from '../../test/support/identity-database.js';
import {
  IdentityFixtures,
  uniqueEmail,
  uniqueIp,
  type TestAccount,
} from '../../test/support/identity-fixtures.js';
import { identityTestConfig } from '../../test/support/identity-test-config.js';
import { QuickPasswordHasher } from '../../test/support/quick-password-hasher.js';
import { RecordingBus } from '../../test/support/recording-bus.js';
import { RecordingMailer, tokenOf } from '../../test/support/recording-mailer.js';
import type { LinkMailer } from '../mail/link-mailer.js';
import { forgetSignInKeys, openTestSignInRedis } from '../../test/support/sign-in-redis.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { AuthService } from '../auth/auth.service.js';
import { LoginAttemptsRepository } from '../auth/login-attempts.repository.js';
import { SessionsRepository } from '../auth/sessions.repository.js';
import { SignInLimiter } from '../auth/sign-in-limiter.js';
import { SecretHasher } from '../crypto/secret-hasher.js';
import { HashingGate } from '../users/hashing-gate.js';
import { UsersRepository } from '../users/users.repository.js';
import { PasswordResetsRepository } from './password-resets.repository.js';
import { MAX_RESET_LINKS_PER_HOUR, PasswordsService } from './passwords.service.js';

const PASSWORD = 'correct horse battery staple';
const NEW_PASSWORD = 'a brand new passphrase';
const config = identityTestConfig();

interface Person {
  account: TestAccount;
  id: string;
  email: string;
}

describe('PasswordsService', () => {
  let db: DataSource;
  let fixtures: IdentityFixtures;
  let hasher: SecretHasher;
  let passwords: QuickPasswordHasher;
  let limiter: SignInLimiter;
  let auth: AuthService;
  let bus: RecordingBus;
  let mailer: RecordingMailer;
  let sut: PasswordsService;

  function passwordsService(linkMailer: LinkMailer): PasswordsService {
    return new PasswordsService(
      db,
      config,
      hasher,
      new UsersRepository(db),
      new PasswordResetsRepository(db),
      new SessionsRepository(db),
      passwords,
      new HashingGate(4, 16),
      fixtures.auditService(),
      auth,
      linkMailer,
    );
  }

  beforeAll(async () => {
    Logger.overrideLogger(false);
    db = await openIdentityDatabase();
    fixtures = new IdentityFixtures(db);
    hasher = new SecretHasher(config.KEY_HASH_SECRET);
    passwords = new QuickPasswordHasher();
    limiter = new SignInLimiter(openTestSignInRedis(config), config);
  });

  afterAll(async () => {
    await limiter.onApplicationShutdown();
    await forgetSignInKeys(config);
    await db.destroy();
  });

  beforeEach(() => {
    bus = new RecordingBus();
    auth = new AuthService(
      db,
      config,
      hasher,
      new AccountsRepository(db),
      new UsersRepository(db),
      new SessionsRepository(db),
      new LoginAttemptsRepository(db),
      passwords,
      new HashingGate(4, 16),
      limiter,
      fixtures.auditService(),
      bus.client,
      fixtures.apiKeysService(bus.client, hasher),
      fixtures.oauthClientsService(bus.client, hasher),
    );
    mailer = new RecordingMailer(false);
    sut = passwordsService(mailer);
  });

  /** A member of a new account who signs in with PASSWORD. */
  async function person(): Promise<Person> {
    const account = await fixtures.account();
    const member = await fixtures.member(account, 'member', await passwords.hash(PASSWORD));
    return { account, ...member };
  }

  /** Signs in: the session's token and the principal the gateway would hand identity. */
  async function signIn(
    who: Person,
    password = PASSWORD,
  ): Promise<{ token: string; principal: Principal }> {
    const { sessionToken } = await auth.login({ email: who.email, password }, uniqueIp());
    const { principal } = await auth.verifySession(sessionToken);
    return { token: sessionToken, principal };
  }

  /** Whether the password signs the person in (or is refused as wrong). */
  async function signsIn(who: Person, password: string): Promise<boolean> {
    return auth.login({ email: who.email, password }, uniqueIp()).then(
      () => true,
      (error: { code?: string }) => {
        if (error.code !== 'unauthorized') throw error;
        return false;
      },
    );
  }

  async function isActive(token: string): Promise<boolean> {
    return auth.verifySession(token).then(
      () => true,
      () => false,
    );
  }

  /** Asks for a reset link and returns its token (links come back: no email is sent). */
  async function resetToken(who: Person): Promise<string> {
    const { link } = await sut.requestReset(who.email, uniqueIp());
    if (!link) throw new Error('expected a reset link back');
    return tokenOf(link);
  }

  describe('change', () => {
    it('ends the other sessions and keeps the current one', async () => {
      const who = await person();
      const [current, other] = [await signIn(who), await signIn(who)];

      const changed = await sut.change(current.principal, {
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
      });

      expect(changed).toEqual({ changed: true, sessionsEnded: 1 });
      expect(await isActive(current.token)).toBe(true);
      expect(await isActive(other.token)).toBe(false);
      expect(bus.eventsOf(IdentitySessionEnded)).toEqual([
        { sessionId: other.principal.credentialId },
      ]);
    });

    it('makes the new password the one that signs in', async () => {
      const who = await person();
      const { principal } = await signIn(who);

      await sut.change(principal, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });

      expect(await signsIn(who, NEW_PASSWORD)).toBe(true);
      expect(await signsIn(who, PASSWORD)).toBe(false);
    });

    it('refuses a wrong current password, naming currentPassword, and changes nothing', async () => {
      const who = await person();
      const [current, other] = [await signIn(who), await signIn(who)];

      await expect(
        sut.change(current.principal, {
          currentPassword: 'not the password',
          newPassword: NEW_PASSWORD,
        }),
      ).rejects.toMatchObject({
        code: 'validation_failed',
        details: [{ field: 'currentPassword' }],
      });
      expect(await isActive(other.token)).toBe(true);
      expect(await signsIn(who, PASSWORD)).toBe(true);
    });

    it('refuses a caller that is not a person signed in to the dashboard', async () => {
      const who = await person();

      await expect(
        sut.change(fixtures.keyOf(who.account, randomUUID(), ['keys:write']), {
          currentPassword: PASSWORD,
          newPassword: NEW_PASSWORD,
        }),
      ).rejects.toMatchObject({ code: 'insufficient_scope' });
    });

    it('uses up the reset links sent before', async () => {
      const who = await person();
      const token = await resetToken(who);
      const { principal } = await signIn(who);

      await sut.change(principal, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });

      await expect(sut.completeReset({ token, password: PASSWORD })).rejects.toMatchObject({
        code: 'not_found',
      });
    });

    it('records the change in the audit log', async () => {
      const who = await person();
      const { principal } = await signIn(who);

      await sut.change(principal, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });

      expect(await fixtures.auditActions(who.account)).toEqual([
        'user.logged_in',
        'user.password_changed',
      ]);
    });
  });

  describe('the new password (shared rules, ChangePasswordInputSchema)', () => {
    it.each([
      ['11 characters', 'elevenchars', 'too_small'],
      ['one character repeated', 'aaaaaaaaaaaaaaaa', 'one character repeated'],
      ['only spaces', ' '.repeat(16), 'only spaces'],
      ['more than 256 characters', 'ab'.repeat(129), 'too_big'],
    ])('refuses %s', (_rule, newPassword, broken) => {
      const parsed = ChangePasswordInputSchema.safeParse({
        currentPassword: PASSWORD,
        newPassword,
      });

      expect(parsed.success).toBe(false);
      const issues = parsed.error?.issues ?? [];
      expect(issues.every((issue) => issue.path.join('.') === 'newPassword')).toBe(true);
      expect(issues.map((issue) => `${issue.code} ${issue.message}`).join('\n')).toContain(broken);
    });

    it('accepts 12 characters that are not all the same', () => {
      const parsed = ChangePasswordInputSchema.safeParse({
        currentPassword: PASSWORD,
        newPassword: 'twelve chars',
      });

      expect(parsed.success).toBe(true);
    });
  });

  describe('requestReset', () => {
    it('answers an unknown email exactly as a known one when links are emailed', async () => {
      const who = await person();
      const emailing = new RecordingMailer(true);
      const service = passwordsService(emailing);

      const known = await service.requestReset(who.email, uniqueIp());
      const unknown = await service.requestReset(uniqueEmail(), uniqueIp());

      expect(unknown).toEqual(known);
      expect(known).toEqual({ accepted: true });
      expect(emailing.sent.map((message) => [message.kind, message.to])).toEqual([
        ['password_reset', who.email],
      ]);
    });

    it('answers an unknown email in the same shape as a known one when links come back', async () => {
      const who = await person();

      const known = await sut.requestReset(who.email, uniqueIp());
      const unknown = await sut.requestReset(uniqueEmail(), uniqueIp());

      expect(Object.keys(unknown).sort()).toEqual(Object.keys(known).sort());
      expect(unknown).toEqual({ accepted: true, link: null });
      expect(known.link).toBe(mailer.sent[0].link);
      expect(known.link).toMatch(/^http:\/\/tally\.test\/reset-password#token=/);
    });

    it(`sends no further link after ${MAX_RESET_LINKS_PER_HOUR} in an hour`, async () => {
      const who = await person();
      for (let sent = 0; sent < MAX_RESET_LINKS_PER_HOUR; sent++) {
        await sut.requestReset(who.email, uniqueIp());
      }

      const beyond = await sut.requestReset(who.email, uniqueIp());

      expect(beyond).toEqual({ accepted: true, link: null });
      expect(mailer.sent).toHaveLength(MAX_RESET_LINKS_PER_HOUR);
    });

    it('sends nothing to a person removed from the account', async () => {
      const who = await person();
      await db.query('UPDATE identity.users SET deleted_at = now() WHERE id = $1', [who.id]);

      const answer = await sut.requestReset(who.email, uniqueIp());

      expect(answer).toEqual({ accepted: true, link: null });
      expect(mailer.sent).toEqual([]);
    });

    it('records the request in the audit log', async () => {
      const who = await person();

      await sut.requestReset(who.email, uniqueIp());

      expect(await fixtures.auditActions(who.account)).toEqual(['user.password_reset_requested']);
    });
  });

  describe('completeReset', () => {
    it('sets the new password and ends every session', async () => {
      const who = await person();
      const sessions = [await signIn(who), await signIn(who)];
      const token = await resetToken(who);

      const reset = await sut.completeReset({ token, password: NEW_PASSWORD });

      expect(reset).toEqual({ reset: true, sessionsEnded: 2 });
      for (const session of sessions) expect(await isActive(session.token)).toBe(false);
      expect(
        bus
          .eventsOf(IdentitySessionEnded)
          .map((event) => event.sessionId)
          .sort(),
      ).toEqual(sessions.map((session) => session.principal.credentialId).sort());
      expect(await signsIn(who, NEW_PASSWORD)).toBe(true);
      expect(await signsIn(who, PASSWORD)).toBe(false);
    });

    it('works once: the second completion is not found', async () => {
      const who = await person();
      const token = await resetToken(who);
      await sut.completeReset({ token, password: NEW_PASSWORD });

      await expect(
        sut.completeReset({ token, password: 'yet another passphrase' }),
      ).rejects.toMatchObject({ code: 'not_found' });
      expect(await signsIn(who, NEW_PASSWORD)).toBe(true);
    });

    it('refuses an expired link, and keeps the password', async () => {
      const who = await person();
      const token = await resetToken(who);
      await db.query(
        "UPDATE identity.password_resets SET expires_at = now() - interval '1 minute' WHERE user_id = $1",
        [who.id],
      );

      await expect(sut.completeReset({ token, password: NEW_PASSWORD })).rejects.toMatchObject({
        code: 'not_found',
      });
      expect(await signsIn(who, PASSWORD)).toBe(true);
    });

    it('uses up the older links of the user as well', async () => {
      const who = await person();
      const older = await resetToken(who);
      const newer = await resetToken(who);

      await sut.completeReset({ token: newer, password: NEW_PASSWORD });

      await expect(
        sut.completeReset({ token: older, password: 'yet another passphrase' }),
      ).rejects.toMatchObject({ code: 'not_found' });
    });

    it('refuses the link of a person removed from the account since', async () => {
      const who = await person();
      const token = await resetToken(who);
      await db.query('UPDATE identity.users SET deleted_at = now() WHERE id = $1', [who.id]);

      await expect(sut.completeReset({ token, password: NEW_PASSWORD })).rejects.toMatchObject({
        code: 'not_found',
      });
    });

    it('answers not found for a token no link has', async () => {
      await expect(
        sut.completeReset({ token: 'not-a-token', password: NEW_PASSWORD }),
      ).rejects.toMatchObject({ code: 'not_found' });
    });

    it('records the reset in the audit log', async () => {
      const who = await person();
      const token = await resetToken(who);

      await sut.completeReset({ token, password: NEW_PASSWORD });

      expect(await fixtures.auditActions(who.account)).toEqual([
        'user.password_reset',
        'user.password_reset_requested',
      ]);
    });
  });
});
