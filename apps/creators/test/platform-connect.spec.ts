import {
  CreatorsConnectComplete,
  CreatorsConnectStart,
  CreatorsGetProfile,
  CreatorsRedirectUrlsReplace,
  type CreatorStats,
  type Platform,
  type Principal,
} from '@tally/contracts';
import { createHash } from 'node:crypto';
import { CreatorsHarness, principalOf, type SandboxAccount } from './creators-harness.js';

/** What differs between Instagram's and YouTube's connect flows, as the sandbox plays them. */
interface PlatformCase {
  platform: Exclude<Platform, 'TIKTOK'>;
  /** The other platform: its callback must refuse this one's states. */
  other: Exclude<Platform, 'TIKTOK'>;
  authorizePath: string;
  /** The sandbox's endpoint names (for faults): the code exchange and the profile read. */
  tokenEndpoint: string;
  profileEndpoint: string;
  /** Calls the code exchange itself makes to the profile endpoint (Google's tokens name no channel). */
  profileCallsInExchange: number;
  externalId: RegExp;
  scopes: string[];
  stats: Record<keyof CreatorStats, unknown>;
  /** Instagram has no refresh token: its long-lived token refreshes itself. */
  storesRefreshToken: boolean;
  /** Tokens Tally will not store die at the platform (Instagram has no revocation endpoint). */
  revokesUnusedGrant: boolean;
  /** The access token's life in seconds, as stored (Instagram's long-lived token, Google's hour). */
  accessLifetimeSeconds: number;
}

const INSTAGRAM: PlatformCase = {
  platform: 'INSTAGRAM',
  other: 'YOUTUBE',
  authorizePath: '/instagram-auth/oauth/authorize',
  tokenEndpoint: '/instagram-api/oauth/access_token',
  profileEndpoint: '/instagram-graph/me',
  profileCallsInExchange: 0,
  externalId: /^17841\d{12}$/,
  scopes: ['instagram_business_basic', 'instagram_business_manage_insights'],
  stats: {
    followers: expect.any(Number),
    following: expect.any(Number),
    likes: null,
    videoCount: 5,
    totalViews: null,
  },
  storesRefreshToken: false,
  revokesUnusedGrant: false,
  accessLifetimeSeconds: 60 * 24 * 3600,
};

const YOUTUBE: PlatformCase = {
  platform: 'YOUTUBE',
  other: 'INSTAGRAM',
  authorizePath: '/google-auth/o/oauth2/v2/auth',
  tokenEndpoint: '/google-token/token',
  profileEndpoint: '/youtube-api/youtube/v3/channels',
  profileCallsInExchange: 1,
  externalId: /^UC[A-Za-z0-9_-]{22}$/,
  scopes: ['https://www.googleapis.com/auth/youtube.readonly'],
  stats: {
    followers: expect.any(Number),
    following: null,
    likes: null,
    videoCount: 5,
    totalViews: expect.any(Number),
  },
  storesRefreshToken: true,
  revokesUnusedGrant: true,
  accessLifetimeSeconds: 3599,
};

const REDIRECT_ORIGIN = 'http://127.0.0.1:3000';

interface ConnectStateRow {
  code_verifier: Buffer | null;
  code_verifier_key_id: string | null;
  consumed_at: Date | null;
}

interface TokenRow {
  key_id: string;
  access_token: Buffer;
  refresh_token: Buffer | null;
  access_expires_at: Date;
}

describe('connecting Instagram and YouTube creators through the creators service', () => {
  let harness: CreatorsHarness;

  beforeAll(async () => {
    harness = await CreatorsHarness.start();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  afterEach(async () => {
    await harness.sandboxAdmin('DELETE', '/sandbox/faults');
  });

  const start = (principal: Principal, platform: Platform, input: object = {}) =>
    harness.bus.request(CreatorsConnectStart, { principal, platform, input });
  const complete = (platform: Platform, query: Record<string, string>) =>
    harness.bus.request(CreatorsConnectComplete, {
      platform,
      state: query.state,
      code: query.code,
      error: query.error,
      errorDescription: query.error_description,
    });
  const allowRedirectsTo = (principal: Principal, urls: string[]) =>
    harness.bus.request(CreatorsRedirectUrlsReplace, { principal, input: { urls } });
  const creatorRows = (accountId: string): Promise<unknown[]> =>
    harness.db.query('SELECT id FROM creators.creators WHERE account_id = $1', [accountId]);
  const stateRow = async (state: string): Promise<ConnectStateRow | undefined> => {
    const rows: ConnectStateRow[] = await harness.db.query(
      `SELECT code_verifier, code_verifier_key_id, consumed_at
       FROM creators.connect_states WHERE state_hash = $1`,
      [createHash('sha256').update(state, 'utf8').digest()],
    );
    return rows[0];
  };
  const waitingFaults = async (): Promise<unknown[]> =>
    (await harness.sandboxAdmin<{ faults: unknown[] }>('GET', '/sandbox/faults')).faults;
  /** The platform ids whose grant the sandbox saw revoked (Google's log; Instagram revokes nothing). */
  const revokedAccounts = async ({ platform }: PlatformCase): Promise<string[]> => {
    if (platform !== 'YOUTUBE') return [];
    const { revocations } = await harness.sandboxAdmin<{
      revocations: { channel_id: string }[];
    }>('GET', '/sandbox/revocations/youtube');
    return revocations.map((revocation) => revocation.channel_id);
  };
  const printable = (bytes: Buffer) => /^[\x20-\x7e]*$/.test(bytes.toString('latin1'));

  describe("Instagram's authorize URL", () => {
    it('asks for the business scopes with a fresh state and no PKCE, and keeps no verifier', async () => {
      const started = await start(principalOf(), 'INSTAGRAM');

      const url = new URL(started.authUrl);
      expect(url.origin).toBe(harness.sandboxUrl);
      expect(url.pathname).toBe('/instagram-auth/oauth/authorize');
      expect(Object.fromEntries(url.searchParams)).toEqual({
        client_id: 'sandbox-instagram-app',
        redirect_uri: `${REDIRECT_ORIGIN}/api/v1/connect/instagram/callback`,
        response_type: 'code',
        scope: 'instagram_business_basic,instagram_business_manage_insights',
        state: started.state,
      });
      expect(started.state).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await stateRow(started.state)).toMatchObject({
        code_verifier: null,
        code_verifier_key_id: null,
        consumed_at: null,
      });
    });

    it("is answered on Instagram's callback with the code and state, and Instagram's `#_`", async () => {
      const account = await harness.addSandboxAccount('INSTAGRAM');
      const started = await start(principalOf(), 'INSTAGRAM');

      const location = await harness.consentRedirect(started.authUrl, account.username);

      expect(location).toMatch(
        new RegExp(
          `^${REDIRECT_ORIGIN}/api/v1/connect/instagram/callback\\?code=[^&#]+&state=${started.state}#_$`,
        ),
      );
      await expect(
        complete('INSTAGRAM', Object.fromEntries(new URL(location).searchParams)),
      ).resolves.toMatchObject({ status: 'connected', username: account.username });
    });
  });

  describe("Google's authorize URL", () => {
    it('asks for offline access with an S256 code challenge and a fresh state', async () => {
      const started = await start(principalOf(), 'YOUTUBE');

      const url = new URL(started.authUrl);
      expect(url.origin).toBe(harness.sandboxUrl);
      expect(url.pathname).toBe('/google-auth/o/oauth2/v2/auth');
      expect(Object.fromEntries(url.searchParams)).toEqual({
        client_id: 'sandbox-google-client.apps.googleusercontent.com',
        redirect_uri: `${REDIRECT_ORIGIN}/api/v1/connect/youtube/callback`,
        response_type: 'code',
        scope: 'https://www.googleapis.com/auth/youtube.readonly',
        access_type: 'offline',
        include_granted_scopes: 'true',
        prompt: 'consent',
        state: started.state,
        code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        code_challenge_method: 'S256',
      });
      expect(started.state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it('keeps the verifier sealed with the state, and drops it once the callback used it', async () => {
      const account = await harness.addSandboxAccount('YOUTUBE');
      const started = await start(principalOf(), 'YOUTUBE');
      const challenge = new URL(started.authUrl).searchParams.get('code_challenge') ?? '';

      const stored = await stateRow(started.state);
      expect(stored?.code_verifier_key_id).toBe('dev');
      const sealed = stored?.code_verifier ?? Buffer.alloc(0);
      // A 43-character verifier, sealed: IV, tag and ciphertext, none of it readable.
      expect(sealed.length).toBeGreaterThan(43);
      expect(sealed.toString('latin1')).not.toMatch(/[A-Za-z0-9_-]{43}/);
      expect(sealed.toString('latin1')).not.toContain(challenge);

      // Google checks the verifier against the challenge: connecting proves the sealed one was right.
      const outcome = await complete(
        'YOUTUBE',
        await harness.consent(started.authUrl, account.username),
      );

      expect(outcome).toMatchObject({ status: 'connected', username: account.username });
      expect(await stateRow(started.state)).toMatchObject({
        code_verifier: null,
        code_verifier_key_id: null,
        consumed_at: expect.any(Date),
      });
    });

    it("drops the verifier too when the state comes back on another platform's callback", async () => {
      const started = await start(principalOf(), 'YOUTUBE');
      const query = await harness.consent(
        started.authUrl,
        (await harness.addSandboxAccount('YOUTUBE')).username,
      );

      await complete('INSTAGRAM', query);

      expect(await stateRow(started.state)).toMatchObject({
        code_verifier: null,
        code_verifier_key_id: null,
      });
    });
  });

  describe.each([INSTAGRAM, YOUTUBE])('$platform', (platformCase) => {
    const { platform } = platformCase;
    let account: SandboxAccount;

    beforeEach(async () => {
      // An account of the test's own: a grant nobody else holds, a profile nobody else changes.
      account = await harness.addSandboxAccount(platform, 5);
    });

    const consent = async (principal: Principal, input: object = {}) => {
      const started = await start(principal, platform, input);
      return { started, query: await harness.consent(started.authUrl, account.username) };
    };

    it('stores the creator with its platform id and profile, its tokens sealed, and queues the first sync', async () => {
      expect(account.externalId).toMatch(platformCase.externalId);
      const principal = principalOf();
      await allowRedirectsTo(principal, ['https://app.example.com']);
      const { query } = await consent(principal, {
        redirectUrl: 'https://app.example.com/done',
        externalUserId: 'crm-7',
      });

      const outcome = await complete(platform, query);

      expect(outcome).toEqual({
        status: 'connected',
        creatorId: expect.any(String),
        username: account.username,
        displayName: expect.any(String),
        redirectUrl: 'https://app.example.com/done',
        openerOrigin: null,
      });
      if (outcome.status !== 'connected') throw new Error('not connected');
      const profile = await harness.bus.request(CreatorsGetProfile, {
        principal,
        creatorId: outcome.creatorId,
      });
      expect(profile).toMatchObject({
        id: outcome.creatorId,
        platform,
        externalId: account.externalId,
        externalUserId: 'crm-7',
        username: account.username,
        status: 'connected',
        scopes: platformCase.scopes,
      });
      expect(profile.displayName).not.toBe('');
      expect(profile.avatarUrl).toEqual(expect.any(String));
      expect(profile.stats).toEqual(platformCase.stats);

      const [tokens]: TokenRow[] = await harness.db.query(
        `SELECT key_id, access_token, refresh_token, access_expires_at
         FROM creators.platform_tokens WHERE creator_id = $1`,
        [outcome.creatorId],
      );
      expect(tokens.key_id).toBe('dev');
      expect(printable(tokens.access_token)).toBe(false);
      if (platformCase.storesRefreshToken) {
        expect(tokens.refresh_token).toBeInstanceOf(Buffer);
        expect(printable(tokens.refresh_token ?? Buffer.from('unsealed'))).toBe(false);
      } else {
        expect(tokens.refresh_token).toBeNull();
      }
      const lifetimeSeconds = (tokens.access_expires_at.getTime() - Date.now()) / 1000;
      expect(lifetimeSeconds).toBeGreaterThan(platformCase.accessLifetimeSeconds - 120);
      expect(lifetimeSeconds).toBeLessThanOrEqual(platformCase.accessLifetimeSeconds);

      const jobs = await harness.queue.getJobs(['waiting', 'prioritized', 'active', 'delayed']);
      expect(jobs.filter((job) => job.data.creatorId === outcome.creatorId)).toHaveLength(1);
    });

    it('records nothing when the creator denies access', async () => {
      const principal = principalOf();
      await allowRedirectsTo(principal, ['https://app.example.com/done']);
      const started = await start(principal, platform, {
        redirectUrl: 'https://app.example.com/done',
      });

      const query = await harness.consent(started.authUrl, account.username, 'deny');
      const outcome = await complete(platform, query);

      expect(query.error).toBe('access_denied');
      expect(outcome).toMatchObject({
        status: 'failed',
        reason: 'access_denied',
        redirectUrl: 'https://app.example.com/done',
      });
      expect(await creatorRows(principal.accountId)).toHaveLength(0);
    });

    it('refuses the same callback replayed, and stores nothing more', async () => {
      const principal = principalOf();
      const { query } = await consent(principal);
      await expect(complete(platform, query)).resolves.toMatchObject({ status: 'connected' });

      const replay = await complete(platform, query);

      expect(replay).toMatchObject({ status: 'failed', reason: 'state_used', redirectUrl: null });
      expect(await creatorRows(principal.accountId)).toHaveLength(1);
    });

    it('refuses a code already used, brought back with a fresh state', async () => {
      const first = principalOf();
      const { query: used } = await consent(first);
      await expect(complete(platform, used)).resolves.toMatchObject({ status: 'connected' });
      const second = principalOf();
      const fresh = await start(second, platform);

      const outcome = await complete(platform, { state: fresh.state, code: used.code });

      expect(outcome).toMatchObject({ status: 'failed', reason: 'exchange_failed' });
      expect(await creatorRows(second.accountId)).toHaveLength(0);
    });

    it('refuses an expired and an unknown state', async () => {
      const principal = principalOf();
      const { query } = await consent(principal);
      await harness.db.query(
        "UPDATE creators.connect_states SET expires_at = now() - interval '1 second' WHERE account_id = $1",
        [principal.accountId],
      );

      await expect(complete(platform, query)).resolves.toMatchObject({
        status: 'failed',
        reason: 'state_expired',
      });
      await expect(complete(platform, { ...query, state: 'forged-state' })).resolves.toMatchObject({
        status: 'failed',
        reason: 'unknown_state',
        redirectUrl: null,
      });
      expect(await creatorRows(principal.accountId)).toHaveLength(0);
    });

    it(`refuses its state on ${platformCase.other}'s callback, storing nothing and spending the state`, async () => {
      const principal = principalOf();
      await allowRedirectsTo(principal, ['https://app.example.com/done']);
      const { query } = await consent(principal, { redirectUrl: 'https://app.example.com/done' });

      const outcome = await complete(platformCase.other, query);

      // Another platform's callback tells nobody: not even the state's redirect URL.
      expect(outcome).toMatchObject({
        status: 'failed',
        reason: 'unknown_state',
        redirectUrl: null,
      });
      expect(await creatorRows(principal.accountId)).toHaveLength(0);
      await expect(complete(platform, query)).resolves.toMatchObject({
        status: 'failed',
        reason: 'state_used',
      });
      expect(await creatorRows(principal.accountId)).toHaveLength(0);
    });

    it('tells the platform being down (500 on the code exchange) and stores nothing', async () => {
      const principal = principalOf();
      const { query } = await consent(principal);
      await harness.sandboxAdmin('POST', '/sandbox/faults', {
        endpoint: platformCase.tokenEndpoint,
        status: 500,
      });

      const outcome = await complete(platform, query);

      expect(outcome).toMatchObject({ status: 'failed', reason: 'upstream_unavailable' });
      expect(await waitingFaults()).toEqual([]);
      expect(await creatorRows(principal.accountId)).toHaveLength(0);
    });

    it('stores nothing when the profile read answers garbage, and lets go of the grant', async () => {
      const principal = principalOf();
      const { query } = await consent(principal);
      // Calls the code exchange makes to the same endpoint pass through untouched (a bare delay).
      for (let call = 0; call < platformCase.profileCallsInExchange; call += 1) {
        await harness.sandboxAdmin('POST', '/sandbox/faults', {
          endpoint: platformCase.profileEndpoint,
          delayMs: 1,
        });
      }
      await harness.sandboxAdmin('POST', '/sandbox/faults', {
        endpoint: platformCase.profileEndpoint,
        garbage: true,
      });

      const outcome = await complete(platform, query);

      expect(outcome).toMatchObject({ status: 'failed', reason: 'upstream_unavailable' });
      // The garbage reached the profile read itself, past the code exchange.
      expect(await waitingFaults()).toEqual([]);
      expect((await revokedAccounts(platformCase)).includes(account.externalId)).toBe(
        platformCase.revokesUnusedGrant,
      );
      expect(await creatorRows(principal.accountId)).toHaveLength(0);
    });
  });

  describe('YouTube without a channel', () => {
    it('answers profile_failed, naming the missing channel, and stores nothing', async () => {
      // The sandbox has no Google account without a channel; YouTube's 404
      // `channelNotFound` on `channels.list?mine=true` stands in for one.
      const account = await harness.addSandboxAccount('YOUTUBE');
      const principal = principalOf();
      const started = await start(principal, 'YOUTUBE');
      const query = await harness.consent(started.authUrl, account.username);
      await harness.sandboxAdmin('POST', '/sandbox/faults', {
        endpoint: YOUTUBE.profileEndpoint,
        status: 404,
        error: 'channelNotFound',
      });

      const outcome = await complete('YOUTUBE', query);

      expect(outcome).toMatchObject({
        status: 'failed',
        reason: 'profile_failed',
        message: expect.stringMatching(/no YouTube channel/),
      });
      expect(await creatorRows(principal.accountId)).toHaveLength(0);
    });
  });
});
