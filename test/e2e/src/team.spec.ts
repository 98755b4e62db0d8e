import { waitFor } from '@tally/testing';
import { randomUUID } from 'node:crypto';
import {
  acceptInvitation,
  asSession,
  bearer,
  cookiesOf,
  createKey,
  invite,
  linkToken,
  logIn,
  SignedIn,
  signUp,
  userIdOf,
} from './accounts.js';
import { Platform } from './platform.js';

// Sessions end on every gateway within a second; a busy machine may take
// longer to carry the requests that check it. The periodic resync is slowed to
// its slowest, so that only identity's event can make the deadline.
const PROPAGATION_DEADLINE_MS = 5000;
const SLOWEST_RESYNC_MS = '60000';
/** A changed role shows on the member's next request; a few seconds' leeway for a busy machine. */
const ROLE_CHANGE_DEADLINE_MS = 5000;

const NEW_PASSWORD = 'a brand new horse battery staple';

/** Response bodies are read loosely here; each test asserts the fields it cares about. */
type Body = {
  success: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data?: any;
  error?: { code: string; message: string; details: { field?: string; reason: string }[] };
};

async function json(response: Response): Promise<Body> {
  return (await response.json()) as Body;
}

describe('the team through the gateway', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await Platform.start({ REVOCATION_RESYNC_MS: SLOWEST_RESYNC_MS });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  const me = (session: Pick<SignedIn, 'cookie'>) =>
    platform.get('/api/v1/users/me', { cookie: session.cookie });

  /** Polls a session until the gateway refuses it. */
  const refused = (session: Pick<SignedIn, 'cookie'>) =>
    waitFor(
      () => me(session),
      (response) => response.status === 401,
      { timeoutMs: PROPAGATION_DEADLINE_MS, intervalMs: 20 },
    );

  const login = (email: string, password: string) =>
    platform.send('POST', '/api/v1/auth/login', { body: { email, password } });

  describe('invitations', () => {
    it('invites by a link that shows what it offers and signs the new member in', async () => {
      const owner = await signUp(platform);
      const email = `member-${randomUUID()}@example.com`;

      const invited = await platform.send('POST', '/api/v1/invitations', {
        headers: asSession(owner),
        body: { email, accountRole: 'member' },
      });
      const invitation = (await json(invited)).data;
      expect(invited.status).toBe(201);
      expect(invitation).toMatchObject({ email, accountRole: 'member', emailSent: false });
      expect(invitation.link).toContain('#token=');
      const token = linkToken(invitation.link);

      const pending = await json(
        await platform.get('/api/v1/invitations', { cookie: owner.cookie }),
      );
      expect(pending.data.items.map((item: { id: string }) => item.id)).toEqual([invitation.id]);

      const preview = await platform.send('POST', '/api/v1/invitations/preview', {
        body: { token },
      });
      expect(preview.status).toBe(200);
      expect((await json(preview)).data).toMatchObject({
        email,
        accountName: 'Acme Creators',
        accountRole: 'member',
      });

      const accepted = await platform.send('POST', '/api/v1/invitations/accept', {
        body: { token, password: 'another correct horse battery' },
      });
      expect(accepted.status).toBe(201);
      expect(
        accepted.headers.getSetCookie().some((cookie) => /^tally_session=.*HttpOnly/i.test(cookie)),
      ).toBe(true);
      const session = (await json(accepted)).data;
      expect(JSON.stringify(session)).not.toMatch(/sessionToken/);
      expect(session).toMatchObject({
        user: { email, accountRole: 'member' },
        account: { id: owner.accountId },
      });

      const whoAmI = await me({ cookie: cookiesOf(accepted) });
      expect(whoAmI.status).toBe(200);
      expect((await json(whoAmI)).data).toMatchObject({
        account: { id: owner.accountId },
        user: { email, accountRole: 'member' },
        credential: { type: 'session' },
      });

      const members = await json(await platform.get('/api/v1/members', { cookie: owner.cookie }));
      expect(
        members.data.items.map((member: { email: string; accountRole: string }) => [
          member.email,
          member.accountRole,
        ]),
      ).toEqual([
        [email, 'member'],
        [owner.email, 'owner'],
      ]);
      const stillPending = await json(
        await platform.get('/api/v1/invitations', { cookie: owner.cookie }),
      );
      expect(stillPending.data.items).toEqual([]);
    });

    it('refuses a link used once already, in the error envelope', async () => {
      const owner = await signUp(platform);
      const invitation = await invite(platform, owner);
      await acceptInvitation(platform, invitation);

      const again = await platform.send('POST', '/api/v1/invitations/accept', {
        body: { token: invitation.token, password: 'yet another horse battery' },
      });
      const preview = await platform.send('POST', '/api/v1/invitations/preview', {
        body: { token: invitation.token },
      });

      expect(again.status).toBe(404);
      expect(again.headers.getSetCookie()).toEqual([]);
      expect(await json(again)).toMatchObject({ success: false, error: { code: 'not_found' } });
      expect(preview.status).toBe(404);
      expect((await json(preview)).error?.code).toBe('not_found');
    });

    it('refuses a withdrawn link', async () => {
      const owner = await signUp(platform);
      const invitation = await invite(platform, owner);

      const withdrawn = await platform.send('DELETE', `/api/v1/invitations/${invitation.id}`, {
        headers: asSession(owner),
      });
      const accepted = await platform.send('POST', '/api/v1/invitations/accept', {
        body: { token: invitation.token, password: 'another correct horse battery' },
      });

      expect(withdrawn.status).toBe(200);
      expect((await json(withdrawn)).data).toEqual({ revoked: true });
      expect(accepted.status).toBe(404);
    });

    it('refuses to invite a member twice, and an email of another organisation at acceptance', async () => {
      const owner = await signUp(platform);
      const elsewhere = await signUp(platform);

      const twice = await platform.send('POST', '/api/v1/invitations', {
        headers: asSession(owner),
        body: { email: owner.email, accountRole: 'admin' },
      });
      const invited = await platform.send('POST', '/api/v1/invitations', {
        headers: asSession(owner),
        body: { email: elsewhere.email, accountRole: 'member' },
      });
      expect(twice.status).toBe(409);
      expect((await json(twice)).error?.code).toBe('conflict');
      expect(invited.status).toBe(201);

      const accepted = await platform.send('POST', '/api/v1/invitations/accept', {
        body: {
          token: linkToken((await json(invited)).data.link),
          password: 'another correct horse battery',
        },
      });
      expect(accepted.status).toBe(409);
      expect((await json(accepted)).error?.code).toBe('conflict');
    });

    it('refuses an invitation from a member, naming the permission', async () => {
      const owner = await signUp(platform);
      const member = await acceptInvitation(platform, await invite(platform, owner, 'member'));

      const response = await platform.send('POST', '/api/v1/invitations', {
        headers: asSession(member),
        body: { email: `member-${randomUUID()}@example.com`, accountRole: 'member' },
      });

      expect(response.status).toBe(403);
      const body = await json(response);
      expect(body.error?.code).toBe('insufficient_scope');
      expect(body.error?.message).toContain('users:write');
    });
  });

  describe('roles', () => {
    it("changes a member's role, which their next request sees", async () => {
      const owner = await signUp(platform);
      const member = await acceptInvitation(platform, await invite(platform, owner, 'member'));

      const changed = await platform.send('PATCH', `/api/v1/members/${member.userId}`, {
        headers: asSession(owner),
        body: { accountRole: 'admin' },
      });
      expect(changed.status).toBe(200);
      expect((await json(changed)).data).toMatchObject({
        id: member.userId,
        email: member.email,
        accountRole: 'admin',
      });

      const seen = await waitFor(
        async () => (await json(await me(member))).data,
        (data) => data?.user?.accountRole === 'admin',
        { timeoutMs: ROLE_CHANGE_DEADLINE_MS, intervalMs: 50 },
      );
      expect(seen.user.accountRole).toBe('admin');
      expect(seen.permissions).toEqual(expect.arrayContaining(['users:read', 'users:write']));
      expect(seen.permissions).not.toContain('account:admin');
      const invited = await platform.send('POST', '/api/v1/invitations', {
        headers: asSession(member),
        body: { email: `member-${randomUUID()}@example.com`, accountRole: 'member' },
      });
      expect(invited.status).toBe(201);
    });

    it('keeps the last owner, and lets only an owner make owners', async () => {
      const owner = await signUp(platform);
      const ownerId = await userIdOf(platform, owner);
      const admin = await acceptInvitation(platform, await invite(platform, owner, 'admin'));

      const demoted = await platform.send('PATCH', `/api/v1/members/${ownerId}`, {
        headers: asSession(owner),
        body: { accountRole: 'admin' },
      });
      const removed = await platform.send('DELETE', `/api/v1/members/${ownerId}`, {
        headers: asSession(owner),
      });
      const crowned = await platform.send('PATCH', `/api/v1/members/${admin.userId}`, {
        headers: asSession(admin),
        body: { accountRole: 'owner' },
      });

      expect(demoted.status).toBe(409);
      expect((await json(demoted)).error?.code).toBe('conflict');
      expect(removed.status).toBe(409);
      expect(crowned.status).toBe(403);
      expect((await json(crowned)).error?.code).toBe('insufficient_scope');
      expect((await json(await me(owner))).data.user.accountRole).toBe('owner');
    });
  });

  describe('removing a member', () => {
    it('ends their session at once and keeps them out', async () => {
      const owner = await signUp(platform);
      const member = await acceptInvitation(platform, await invite(platform, owner, 'member'));
      expect((await me(member)).status).toBe(200);

      const removed = await platform.send('DELETE', `/api/v1/members/${member.userId}`, {
        headers: asSession(owner),
      });
      expect(removed.status).toBe(200);
      expect((await json(removed)).data).toEqual({
        removed: true,
        sessionsEnded: 1,
        keysRevoked: 0,
        oauthClientsRevoked: 0,
      });

      expect((await refused(member)).status).toBe(401);
      expect((await login(member.email, member.password)).status).toBe(401);
      const members = await json(await platform.get('/api/v1/members', { cookie: owner.cookie }));
      expect(members.data.items.map((item: { id: string }) => item.id)).not.toContain(
        member.userId,
      );
    });
  });

  describe('passwords', () => {
    it('changes the password: the other sessions end, this one goes on', async () => {
      const user = await signUp(platform);
      const other = await logIn(platform, user);

      const changed = await platform.send('POST', '/api/v1/users/me/password', {
        headers: asSession(user),
        body: { currentPassword: user.password, newPassword: NEW_PASSWORD },
      });
      expect(changed.status).toBe(200);
      expect((await json(changed)).data).toEqual({ changed: true, sessionsEnded: 1 });

      expect((await refused(other)).status).toBe(401);
      expect((await me(user)).status).toBe(200);
      expect((await login(user.email, user.password)).status).toBe(401);
      expect((await login(user.email, NEW_PASSWORD)).status).toBe(200);
    });

    it('refuses a wrong current password, naming it, and a weak new one', async () => {
      const user = await signUp(platform);

      const wrong = await platform.send('POST', '/api/v1/users/me/password', {
        headers: asSession(user),
        body: { currentPassword: 'not my password at all', newPassword: NEW_PASSWORD },
      });
      const weak = await platform.send('POST', '/api/v1/users/me/password', {
        headers: asSession(user),
        body: { currentPassword: user.password, newPassword: 'short' },
      });

      expect(wrong.status).toBe(400);
      const body = await json(wrong);
      expect(body.error?.code).toBe('validation_failed');
      expect(body.error?.details.map((detail) => detail.field)).toEqual(['currentPassword']);
      expect(weak.status).toBe(400);
      expect((await json(weak)).error?.details.map((detail) => detail.field)).toEqual([
        'newPassword',
      ]);
      expect((await login(user.email, user.password)).status).toBe(200);
    });

    it('refuses a password change made with an API key', async () => {
      const owner = await signUp(platform);
      const { key } = await createKey(platform, owner);

      const response = await platform.send('POST', '/api/v1/users/me/password', {
        headers: bearer(key),
        body: { currentPassword: owner.password, newPassword: NEW_PASSWORD },
      });

      expect(response.status).toBe(403);
      expect((await login(owner.email, owner.password)).status).toBe(200);
    });

    it('resets a forgotten password through a link that works once', async () => {
      const user = await signUp(platform);

      const asked = await platform.send('POST', '/api/v1/auth/password-reset', {
        body: { email: user.email },
      });
      expect(asked.status).toBe(202);
      const { link } = (await json(asked)).data;
      expect(link).toContain('#token=');
      const token = linkToken(link);

      const reset = await platform.send('POST', '/api/v1/auth/password-reset/complete', {
        body: { token, password: NEW_PASSWORD },
      });
      expect(reset.status).toBe(200);
      expect((await json(reset)).data).toEqual({ reset: true, sessionsEnded: 1 });

      expect((await refused(user)).status).toBe(401);
      expect((await login(user.email, user.password)).status).toBe(401);
      expect((await login(user.email, NEW_PASSWORD)).status).toBe(200);
      const again = await platform.send('POST', '/api/v1/auth/password-reset/complete', {
        body: { token, password: 'the third horse battery staple' },
      });
      expect(again.status).toBe(404);
      expect((await json(again)).error?.code).toBe('not_found');
      expect((await login(user.email, NEW_PASSWORD)).status).toBe(200);
    });

    it('answers a reset for an unknown email the same way', async () => {
      const user = await signUp(platform);

      const known = await platform.send('POST', '/api/v1/auth/password-reset', {
        body: { email: user.email },
      });
      const unknown = await platform.send('POST', '/api/v1/auth/password-reset', {
        body: { email: `nobody-${randomUUID()}@example.com` },
      });
      const knownBody = await json(known);
      const unknownBody = await json(unknown);

      expect(unknown.status).toBe(known.status);
      expect(unknown.status).toBe(202);
      expect(Object.keys(unknownBody.data).sort()).toEqual(Object.keys(knownBody.data).sort());
      expect(unknownBody.data).toEqual({ accepted: true, link: null });
    });
  });

  describe('bad input', () => {
    let owner: SignedIn;

    beforeAll(async () => {
      owner = await signUp(platform);
    });

    it('refuses malformed bodies with 400, naming the fields', async () => {
      const brokenJson = await fetch(`${platform.gatewayUrl}/api/v1/invitations`, {
        method: 'POST',
        headers: { ...asSession(owner), 'content-type': 'application/json' },
        body: '{"email": "a@example.com", ',
      });
      const badFields = await platform.send('POST', '/api/v1/invitations', {
        headers: asSession(owner),
        body: { email: 'not-an-email', accountRole: 'king', admin: true },
      });
      const badRole = await platform.send('PATCH', `/api/v1/members/${randomUUID()}`, {
        headers: asSession(owner),
        body: { accountRole: 'king' },
      });
      const noToken = await platform.send('POST', '/api/v1/invitations/accept', {
        body: { password: 'another correct horse battery' },
      });
      const weakReset = await platform.send('POST', '/api/v1/auth/password-reset/complete', {
        body: { token: 'x', password: 'short' },
      });

      expect(brokenJson.status).toBe(400);
      expect(badFields.status).toBe(400);
      expect((await json(badFields)).error?.details.map((detail) => detail.field)).toEqual(
        expect.arrayContaining(['email', 'accountRole', 'admin']),
      );
      expect(badRole.status).toBe(400);
      expect((await json(badRole)).error?.details.map((detail) => detail.field)).toEqual([
        'accountRole',
      ]);
      expect(noToken.status).toBe(400);
      expect(weakReset.status).toBe(400);
    });

    it("answers 404 for an unknown member, another account's member and an unknown link", async () => {
      const stranger = await signUp(platform);
      const strangerId = await userIdOf(platform, stranger);
      const unknownId = randomUUID();

      const answers = await Promise.all([
        platform.send('PATCH', `/api/v1/members/${unknownId}`, {
          headers: asSession(owner),
          body: { accountRole: 'admin' },
        }),
        platform.send('DELETE', `/api/v1/members/${unknownId}`, { headers: asSession(owner) }),
        platform.send('PATCH', `/api/v1/members/${strangerId}`, {
          headers: asSession(owner),
          body: { accountRole: 'member' },
        }),
        platform.send('DELETE', `/api/v1/members/${strangerId}`, { headers: asSession(owner) }),
        platform.send('DELETE', `/api/v1/invitations/${unknownId}`, { headers: asSession(owner) }),
        platform.send('POST', '/api/v1/invitations/preview', { body: { token: 'no-such-token' } }),
        platform.send('POST', '/api/v1/auth/password-reset/complete', {
          body: { token: 'no-such-token', password: NEW_PASSWORD },
        }),
      ]);

      expect(answers.map((response) => response.status)).toEqual([
        404, 404, 404, 404, 404, 404, 404,
      ]);
      for (const response of answers) expect((await json(response)).error?.code).toBe('not_found');
      expect((await json(await me(stranger))).data.user.accountRole).toBe('owner');
      const notAnId = await platform.send('DELETE', '/api/v1/members/not-an-id', {
        headers: asSession(owner),
      });
      expect(notAnId.status).toBe(400);
    });

    it('refuses a page limit out of range', async () => {
      const members = await platform.get('/api/v1/members?limit=1000', { cookie: owner.cookie });
      const invitations = await platform.get('/api/v1/invitations?limit=1000', {
        cookie: owner.cookie,
      });

      expect(members.status).toBe(400);
      expect((await json(members)).error?.details.map((detail) => detail.field)).toEqual(['limit']);
      expect(invitations.status).toBe(400);
    });
  });
});
