import {
  IdentityClientRevoked,
  IdentityCredentialsChanged,
  IdentityKeyRevoked,
  IdentitySessionEnded,
  type AccountRole,
  type CreatedInvitation,
  type Principal,
} from '@tally/contracts';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DAY_MS, MINUTE_MS } from '../../test/support/date-travel.js';
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
import { AuditNamesRepository } from '../audit/audit-names.repository.js';
import { AuthService } from '../auth/auth.service.js';
import { LoginAttemptsRepository } from '../auth/login-attempts.repository.js';
import { SessionsRepository } from '../auth/sessions.repository.js';
import { SignInLimiter } from '../auth/sign-in-limiter.js';
import { SecretHasher } from '../crypto/secret-hasher.js';
import { ApiKeysRepository } from '../keys/api-keys.repository.js';
import { ApiKeysService } from '../keys/api-keys.service.js';
import { KeyVerificationService } from '../keys/key-verification.service.js';
import { OAuthClientsService } from '../oauth/oauth-clients.service.js';
import { ACCOUNT_ROLE_PERMISSIONS } from '../users/account-roles.js';
import { HashingGate } from '../users/hashing-gate.js';
import { UsersRepository } from '../users/users.repository.js';
import { InvitationsRepository } from './invitations.repository.js';
import { MembersRepository } from './members.repository.js';
import { TeamService } from './team.service.js';

const PASSWORD = 'correct horse battery staple';
const config = identityTestConfig();

describe('TeamService', () => {
  let db: DataSource;
  let fixtures: IdentityFixtures;
  let hasher: SecretHasher;
  let passwords: QuickPasswordHasher;
  let limiter: SignInLimiter;
  let users: UsersRepository;
  let sessions: SessionsRepository;
  let auth: AuthService;
  let keys: ApiKeysService;
  let clients: OAuthClientsService;
  let verification: KeyVerificationService;
  let bus: RecordingBus;
  let mailer: RecordingMailer;
  let sut: TeamService;

  function teamService(linkMailer: LinkMailer): TeamService {
    const hashing = new HashingGate(4, 16);
    return new TeamService(
      db,
      config,
      hasher,
      new AccountsRepository(db),
      new MembersRepository(db),
      new InvitationsRepository(db),
      users,
      sessions,
      new AuditNamesRepository(db),
      fixtures.auditService(),
      auth,
      keys,
      clients,
      passwords,
      hashing,
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
    users = new UsersRepository(db);
    sessions = new SessionsRepository(db);
    verification = new KeyVerificationService(new ApiKeysRepository(db), hasher);
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
      users,
      sessions,
      new LoginAttemptsRepository(db),
      passwords,
      new HashingGate(4, 16),
      limiter,
      fixtures.auditService(),
      bus.client,
      fixtures.apiKeysService(bus.client, hasher),
      fixtures.oauthClientsService(bus.client, hasher),
    );
    keys = fixtures.apiKeysService(bus.client, hasher);
    clients = fixtures.oauthClientsService(bus.client, hasher);
    mailer = new RecordingMailer(false);
    sut = teamService(mailer);
  });

  /** A new dashboard session of the user: its token and the principal the gateway would see. */
  async function signedIn(userId: string): Promise<{ token: string; principal: Principal }> {
    const user = await users.findById(userId);
    if (!user) throw new Error('the user cannot sign in');
    const { sessionToken } = await auth.openSession(user);
    const { principal } = await auth.verifySession(sessionToken);
    return { token: sessionToken, principal };
  }

  /** A member who signs in with PASSWORD. */
  async function memberWithPassword(
    account: TestAccount,
    accountRole: AccountRole,
  ): Promise<{ id: string; email: string }> {
    return fixtures.member(account, accountRole, await passwords.hash(PASSWORD));
  }

  function adminOf(account: TestAccount, adminId: string): Principal {
    return fixtures.sessionAs(account, adminId, ACCOUNT_ROLE_PERMISSIONS.admin);
  }

  async function invited(
    account: TestAccount,
    accountRole: AccountRole = 'member',
    email = uniqueEmail(),
  ): Promise<CreatedInvitation & { token: string }> {
    const invitation = await sut.invite(fixtures.sessionOf(account), { email, accountRole });
    if (!invitation.link) throw new Error('expected the link back (no email is sent)');
    return { ...invitation, token: tokenOf(invitation.link) };
  }

  /** The roles of the account's members, in alphabetical order. */
  async function accountRoles(account: TestAccount): Promise<AccountRole[]> {
    const page = await sut.listMembers(fixtures.sessionOf(account), { limit: 100 });
    return page.items.map((member) => member.accountRole).sort();
  }

  describe('invite', () => {
    it('hands the link back to the inviter when no email is sent', async () => {
      const account = await fixtures.account();
      const email = uniqueEmail();

      const invitation = await sut.invite(fixtures.sessionOf(account), {
        email,
        accountRole: 'admin',
      });

      expect(invitation).toMatchObject({ email, accountRole: 'admin', emailSent: false });
      expect(invitation.link).toMatch(/^http:\/\/tally\.test\/accept-invitation#token=/);
      expect(mailer.sent.map((message) => [message.kind, message.to, message.link])).toEqual([
        ['invitation', email, invitation.link],
      ]);
    });

    it('hands back no link when the invitation was emailed', async () => {
      const account = await fixtures.account();
      const emailing = new RecordingMailer(true);
      const email = uniqueEmail();

      const invitation = await teamService(emailing).invite(fixtures.sessionOf(account), {
        email,
        accountRole: 'member',
      });

      expect(invitation).toMatchObject({ emailSent: true, link: null });
      expect(emailing.sent).toHaveLength(1);
      expect(emailing.sent[0]).toMatchObject({ kind: 'invitation', to: email });
      expect(emailing.sent[0].text).toContain(emailing.sent[0].link);
    });

    it('lists the invitation as pending, valid for 7 days', async () => {
      const account = await fixtures.account();
      const invitation = await invited(account);

      const page = await sut.listInvitations(fixtures.sessionOf(account), { limit: 10 });

      expect(page.items.map((pending) => pending.id)).toEqual([invitation.id]);
      // The service reads the clock itself: within a minute of a week from now.
      const fromNow = Date.parse(invitation.expiresAt) - Date.now();
      expect(Math.abs(fromNow - 7 * DAY_MS)).toBeLessThan(MINUTE_MS);
    });

    it('replaces a pending invitation for the same email: the first link stops working', async () => {
      const account = await fixtures.account();
      const email = uniqueEmail();
      const first = await invited(account, 'member', email);

      const second = await invited(account, 'admin', email);

      await expect(sut.preview(first.token)).rejects.toMatchObject({ code: 'not_found' });
      await expect(sut.preview(second.token)).resolves.toMatchObject({ accountRole: 'admin' });
      const page = await sut.listInvitations(fixtures.sessionOf(account), { limit: 10 });
      expect(page.items.map((pending) => pending.id)).toEqual([second.id]);
    });

    it('refuses an email that is already a member, whatever its case', async () => {
      const account = await fixtures.account();
      const member = await fixtures.member(account, 'member');

      await expect(
        sut.invite(fixtures.sessionOf(account), {
          email: member.email.toUpperCase(),
          accountRole: 'member',
        }),
      ).rejects.toMatchObject({ code: 'conflict', details: [{ field: 'email' }] });
      expect(mailer.sent).toEqual([]);
    });

    it('refuses an admin (without account:admin) inviting an owner, and sends nothing', async () => {
      const account = await fixtures.account();
      const admin = await fixtures.member(account, 'admin');

      await expect(
        sut.invite(adminOf(account, admin.id), { email: uniqueEmail(), accountRole: 'owner' }),
      ).rejects.toMatchObject({ code: 'insufficient_scope' });
      expect(mailer.sent).toEqual([]);
    });

    it('lets an admin invite admins and members', async () => {
      const account = await fixtures.account();
      const admin = await fixtures.member(account, 'admin');

      const invitation = await sut.invite(adminOf(account, admin.id), {
        email: uniqueEmail(),
        accountRole: 'admin',
      });

      expect(invitation.accountRole).toBe('admin');
    });

    it('records the invitation in the audit log', async () => {
      const account = await fixtures.account();

      await invited(account);

      expect(await fixtures.auditActions(account)).toEqual(['member.invited']);
    });
  });

  describe('preview', () => {
    it('shows the email, the organisation and the role offered', async () => {
      const account = await fixtures.account();
      const invitation = await invited(account, 'admin');
      const organisation = await new AccountsRepository(db).findById(account.id);

      const preview = await sut.preview(invitation.token);

      expect(preview).toEqual({
        email: invitation.email,
        accountName: organisation?.name,
        accountRole: 'admin',
        expiresAt: invitation.expiresAt,
      });
    });

    it('answers not found for a token no invitation has', async () => {
      await expect(sut.preview('not-a-token')).rejects.toMatchObject({ code: 'not_found' });
    });
  });

  describe('accept', () => {
    it('makes the invited person a member with the role offered, signed in', async () => {
      const account = await fixtures.account();
      const invitation = await invited(account, 'admin');

      const session = await sut.accept({ token: invitation.token, password: PASSWORD });

      expect(session.user).toMatchObject({ email: invitation.email, accountRole: 'admin' });
      expect(session.account.id).toBe(account.id);
      const { principal } = await auth.verifySession(session.sessionToken);
      expect(principal).toMatchObject({ accountId: account.id, userId: session.user.id });
      expect(principal.permissions).toEqual([...ACCOUNT_ROLE_PERMISSIONS.admin]);
      const members = await sut.listMembers(fixtures.sessionOf(account), { limit: 10 });
      expect(members.items.map((member) => [member.id, member.accountRole])).toContainEqual([
        session.user.id,
        'admin',
      ]);
    });

    it('lets the new member sign in with the password they chose', async () => {
      const account = await fixtures.account();
      const invitation = await invited(account);
      const session = await sut.accept({ token: invitation.token, password: PASSWORD });

      const signedInAgain = await auth.login(
        { email: invitation.email, password: PASSWORD },
        uniqueIp(),
      );

      expect(signedInAgain.user.id).toBe(session.user.id);
    });

    it('works once: the second acceptance is not found, and makes no second user', async () => {
      const account = await fixtures.account();
      const invitation = await invited(account);
      await sut.accept({ token: invitation.token, password: PASSWORD });

      await expect(
        sut.accept({ token: invitation.token, password: 'another good password' }),
      ).rejects.toMatchObject({ code: 'not_found' });
      expect(await accountRoles(account)).toEqual(['member', 'owner']);
    });

    it('makes one member when the same link is accepted twice at the same time', async () => {
      const account = await fixtures.account();
      const invitation = await invited(account);

      const outcomes = await Promise.allSettled([
        sut.accept({ token: invitation.token, password: PASSWORD }),
        sut.accept({ token: invitation.token, password: PASSWORD }),
      ]);

      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refused = outcomes.find((outcome) => outcome.status === 'rejected');
      expect(refused?.reason).toMatchObject({ code: 'not_found' });
      expect(await accountRoles(account)).toEqual(['member', 'owner']);
    });

    it('refuses an expired invitation', async () => {
      const account = await fixtures.account();
      const invitation = await invited(account);
      await db.query(
        "UPDATE identity.invitations SET expires_at = now() - interval '1 minute' WHERE id = $1",
        [invitation.id],
      );

      await expect(sut.preview(invitation.token)).rejects.toMatchObject({ code: 'not_found' });
      await expect(
        sut.accept({ token: invitation.token, password: PASSWORD }),
      ).rejects.toMatchObject({ code: 'not_found' });
      expect(await accountRoles(account)).toEqual(['owner']);
    });

    it('refuses a withdrawn invitation', async () => {
      const account = await fixtures.account();
      const invitation = await invited(account);
      await sut.revokeInvitation(fixtures.sessionOf(account), invitation.id);

      await expect(
        sut.accept({ token: invitation.token, password: PASSWORD }),
      ).rejects.toMatchObject({ code: 'not_found' });
      expect(await fixtures.auditActions(account)).toEqual([
        'invitation.revoked',
        'member.invited',
      ]);
    });

    it('refuses an email that a user of another account holds, and keeps the invitation pending', async () => {
      const [account, other] = [await fixtures.account(), await fixtures.account()];
      const elsewhere = await fixtures.member(other, 'member');
      const invitation = await invited(account, 'member', elsewhere.email);

      await expect(
        sut.accept({ token: invitation.token, password: PASSWORD }),
      ).rejects.toMatchObject({ code: 'conflict', details: [{ field: 'email', reason: 'taken' }] });
      await expect(sut.preview(invitation.token)).resolves.toMatchObject({
        email: elsewhere.email,
      });
      expect(await accountRoles(account)).toEqual(['owner']);
    });

    it('records the new member joining in the audit log', async () => {
      const account = await fixtures.account();
      const invitation = await invited(account);

      await sut.accept({ token: invitation.token, password: PASSWORD });

      expect(await fixtures.auditActions(account)).toEqual(['member.invited', 'member.joined']);
    });
  });

  describe('changeRole', () => {
    it("changes a member's role, and the permissions of their session with it", async () => {
      const account = await fixtures.account();
      const member = await fixtures.member(account, 'member');
      const session = await signedIn(member.id);

      const changed = await sut.changeRole(fixtures.sessionOf(account), member.id, 'admin');

      expect(changed).toMatchObject({ id: member.id, accountRole: 'admin' });
      const { principal } = await auth.verifySession(session.token);
      expect(principal.permissions).toEqual([...ACCOUNT_ROLE_PERMISSIONS.admin]);
      expect(await fixtures.auditActions(account)).toEqual(['member.role_changed']);
    });

    it("logs the member's active sessions so that the gateways re-read their permissions", async () => {
      const account = await fixtures.account();
      const member = await fixtures.member(account, 'admin');
      const [first, second] = [await signedIn(member.id), await signedIn(member.id)];
      const sessionIds = [first.principal.credentialId, second.principal.credentialId];

      await sut.changeRole(fixtures.sessionOf(account), member.id, 'member');

      const logged = await fixtures.revocationsOf(sessionIds);
      expect(logged).toHaveLength(2);
      expect(logged).toEqual(
        expect.arrayContaining(sessionIds.map((id) => ({ kind: 'session', credentialId: id }))),
      );
    });

    it("tells the gateways at once to re-read the member's sessions", async () => {
      const account = await fixtures.account();
      const member = await fixtures.member(account, 'member');
      const session = await signedIn(member.id);

      await sut.changeRole(fixtures.sessionOf(account), member.id, 'admin');

      const announced = bus
        .eventsOf(IdentityCredentialsChanged)
        .flatMap((event) => event.revocations);
      expect(announced).toMatchObject([
        { kind: 'session', credentialId: session.principal.credentialId },
      ]);
    });

    it('changes nothing, and tells no one, when the role is the one they have', async () => {
      const account = await fixtures.account();
      const member = await fixtures.member(account, 'member');
      const session = await signedIn(member.id);

      const unchanged = await sut.changeRole(fixtures.sessionOf(account), member.id, 'member');

      expect(unchanged.accountRole).toBe('member');
      expect(bus.eventsOf(IdentityCredentialsChanged)).toEqual([]);
      expect(await fixtures.revocationsOf([session.principal.credentialId])).toEqual([]);
      expect(await fixtures.auditActions(account)).toEqual([]);
    });

    it('refuses to demote the last owner', async () => {
      const account = await fixtures.account();

      await expect(
        sut.changeRole(fixtures.sessionOf(account), account.ownerId, 'admin'),
      ).rejects.toMatchObject({ code: 'conflict' });
      expect(await accountRoles(account)).toEqual(['owner']);
    });

    it('lets an owner step down once there is another owner', async () => {
      const account = await fixtures.account();
      await fixtures.member(account, 'owner');

      const changed = await sut.changeRole(fixtures.sessionOf(account), account.ownerId, 'admin');

      expect(changed.accountRole).toBe('admin');
    });

    it('leaves exactly one owner when the only two owners are demoted at the same time', async () => {
      const account = await fixtures.account();
      const second = await fixtures.member(account, 'owner');
      const caller = fixtures.sessionOf(account);

      const outcomes = await Promise.allSettled([
        sut.changeRole(caller, account.ownerId, 'admin'),
        sut.changeRole(caller, second.id, 'admin'),
      ]);

      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refused = outcomes.find((outcome) => outcome.status === 'rejected');
      expect(refused?.reason).toMatchObject({ code: 'conflict' });
      expect(await accountRoles(account)).toEqual(['admin', 'owner']);
    });

    it('refuses an admin (without account:admin) making, changing or removing owners', async () => {
      const account = await fixtures.account();
      const admin = await fixtures.member(account, 'admin');
      const member = await fixtures.member(account, 'member');
      const caller = adminOf(account, admin.id);

      await expect(sut.changeRole(caller, account.ownerId, 'member')).rejects.toMatchObject({
        code: 'insufficient_scope',
      });
      await expect(sut.changeRole(caller, member.id, 'owner')).rejects.toMatchObject({
        code: 'insufficient_scope',
      });
      await expect(sut.removeMember(caller, account.ownerId)).rejects.toMatchObject({
        code: 'insufficient_scope',
      });
      expect(await accountRoles(account)).toEqual(['admin', 'member', 'owner']);
    });

    it('lets an admin change the role of members and admins', async () => {
      const account = await fixtures.account();
      const admin = await fixtures.member(account, 'admin');
      const member = await fixtures.member(account, 'member');

      const changed = await sut.changeRole(adminOf(account, admin.id), member.id, 'admin');

      expect(changed.accountRole).toBe('admin');
    });

    it("answers not found for another account's member", async () => {
      const [account, other] = [await fixtures.account(), await fixtures.account()];
      const stranger = await fixtures.member(other, 'member');

      await expect(
        sut.changeRole(fixtures.sessionOf(account), stranger.id, 'admin'),
      ).rejects.toMatchObject({ code: 'not_found' });
    });
  });

  describe('the member role', () => {
    it('lets a member read the team (users:read), as the role promises', async () => {
      const account = await fixtures.account();
      const member = await fixtures.member(account, 'member');

      const { principal } = await signedIn(member.id);

      expect(principal.permissions).toEqual(
        expect.arrayContaining(['creators:read', 'keys:read', 'users:read']),
      );
      expect(principal.permissions).not.toContain('users:write');
    });
  });

  describe('removeMember', () => {
    it('ends their sessions at once', async () => {
      const account = await fixtures.account();
      const member = await fixtures.member(account, 'admin');
      const signedInTwice = [await signedIn(member.id), await signedIn(member.id)];

      const removed = await sut.removeMember(fixtures.sessionOf(account), member.id);

      expect(removed.sessionsEnded).toBe(2);
      for (const session of signedInTwice) {
        expect(await sessions.findActive(hasher.hash(session.token))).toBeNull();
      }
      const rows: { revokedAt: Date | null }[] = await db.query(
        'SELECT revoked_at AS "revokedAt" FROM identity.sessions WHERE user_id = $1',
        [member.id],
      );
      expect(rows.map((row) => row.revokedAt)).toEqual([expect.any(Date), expect.any(Date)]);
      expect(
        bus
          .eventsOf(IdentitySessionEnded)
          .map((event) => event.sessionId)
          .sort(),
      ).toEqual(signedInTwice.map((session) => session.principal.credentialId).sort());
    });

    it('revokes the keys and OAuth clients they own, and counts them', async () => {
      const account = await fixtures.account();
      const member = await fixtures.member(account, 'admin');
      const caller = fixtures.sessionOf(account);
      const keyInput = {
        name: 'laptop',
        type: 'secret' as const,
        environment: 'production' as const,
        roles: ['read-only'],
        expiresInDays: 90 as const,
      };
      const theirs = [
        await keys.create(caller, { ...keyInput, ownerUserId: member.id }),
        await keys.create(caller, { ...keyInput, ownerUserId: member.id }),
      ];
      const ownersKey = await keys.create(caller, keyInput);
      const client = await clients.create(caller, {
        name: 'laptop',
        environment: 'production',
        roles: ['read-only'],
        ownerUserId: member.id,
      });

      const removed = await sut.removeMember(caller, member.id);

      expect(removed).toEqual({
        removed: true,
        sessionsEnded: 0,
        keysRevoked: 2,
        oauthClientsRevoked: 1,
      });
      for (const key of theirs) {
        expect(await verification.verify(key.key)).toEqual({ valid: false, reason: 'revoked' });
      }
      expect(await verification.verify(ownersKey.key)).toMatchObject({ valid: true });
      expect((await clients.get(caller, client.id)).revokedAt).not.toBeNull();
      expect(
        bus
          .eventsOf(IdentityKeyRevoked)
          .map((event) => event.keyId)
          .sort(),
      ).toEqual(theirs.map((key) => key.id).sort());
      expect(bus.eventsOf(IdentityClientRevoked).map((event) => event.id)).toEqual([client.id]);
    });

    it('stops them signing in', async () => {
      const account = await fixtures.account();
      const member = await memberWithPassword(account, 'member');
      await auth.login({ email: member.email, password: PASSWORD }, uniqueIp());

      await sut.removeMember(fixtures.sessionOf(account), member.id);

      await expect(
        auth.login({ email: member.email, password: PASSWORD }, uniqueIp()),
      ).rejects.toMatchObject({ code: 'unauthorized' });
      expect(await accountRoles(account)).toEqual(['owner']);
    });

    it('lets their email be invited again and join as a new member', async () => {
      const account = await fixtures.account();
      const member = await memberWithPassword(account, 'member');
      await sut.removeMember(fixtures.sessionOf(account), member.id);

      const invitation = await invited(account, 'admin', member.email);
      const rejoined = await sut.accept({ token: invitation.token, password: 'a new password!' });

      expect(rejoined.user).toMatchObject({ email: member.email, accountRole: 'admin' });
      expect(rejoined.user.id).not.toBe(member.id);
      const signedInAgain = await auth.login(
        { email: member.email, password: 'a new password!' },
        uniqueIp(),
      );
      expect(signedInAgain.user.id).toBe(rejoined.user.id);
    });

    it('refuses to remove the last owner', async () => {
      const account = await fixtures.account();

      await expect(
        sut.removeMember(fixtures.sessionOf(account), account.ownerId),
      ).rejects.toMatchObject({ code: 'conflict' });
      expect(await accountRoles(account)).toEqual(['owner']);
    });

    it('records the removal in the audit log', async () => {
      const account = await fixtures.account();
      const member = await fixtures.member(account, 'member');

      await sut.removeMember(fixtures.sessionOf(account), member.id);

      expect(await fixtures.auditActions(account)).toEqual(['member.removed']);
    });
  });
});
