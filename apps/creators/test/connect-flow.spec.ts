import {
  AppError,
  CreatorsConnectComplete,
  CreatorsConnectStart,
  CreatorsGetProfile,
  CreatorsList,
  CreatorsRedirectUrlsReplace,
  Principal,
} from '@tally/contracts';
import { resolveTikTokConfig, TIKTOK_ENDPOINTS } from '@tally/tiktok';
import { CreatorsHarness, principalOf } from './creators-harness.js';

describe('connecting a TikTok creator through the creators service', () => {
  let harness: CreatorsHarness;

  beforeAll(async () => {
    harness = await CreatorsHarness.start();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  const start = (principal: Principal, input: object = {}) =>
    harness.bus.request(CreatorsConnectStart, { principal, input });
  const allowRedirectsTo = (principal: Principal, urls: string[]) =>
    harness.bus.request(CreatorsRedirectUrlsReplace, { principal, input: { urls } });
  const complete = (query: Record<string, string>) =>
    harness.bus.request(CreatorsConnectComplete, {
      state: query.state,
      code: query.code,
      error: query.error,
      errorDescription: query.error_description,
    });
  const creatorRows = (accountId: string) =>
    harness.db.query('SELECT id FROM creators.creators WHERE account_id = $1', [accountId]);

  it("builds TikTok's authorize URL with a fresh state", async () => {
    const started = await start(principalOf(), { externalUserId: 'crm-42' });

    const url = new URL(started.authUrl);
    expect(url.pathname).toBe('/v2/auth/authorize/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_key: expect.any(String),
      scope: 'user.info.basic,user.info.profile,user.info.stats,video.list',
      response_type: 'code',
      redirect_uri: 'http://127.0.0.1:3000/api/v1/connect/tiktok/callback',
      state: started.state,
    });
    expect(started.state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Date(started.expiresAt).getTime() - Date.now()).toBeGreaterThan(590_000);
  });

  it('stores the creator under the state’s account with its tokens sealed, and queues the first sync', async () => {
    const principal = principalOf();
    await allowRedirectsTo(principal, ['https://app.example.com']);
    const started = await start(principal, {
      redirectUrl: 'https://app.example.com/done',
      externalUserId: 'crm-7',
    });

    const outcome = await complete(await harness.consent(started.authUrl, 'maya.bakes'));

    expect(outcome).toEqual({
      status: 'connected',
      creatorId: expect.any(String),
      username: 'maya.bakes',
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
      platform: 'TIKTOK',
      username: 'maya.bakes',
      externalUserId: 'crm-7',
      status: 'connected',
      scopes: ['user.info.basic', 'user.info.profile', 'user.info.stats', 'video.list'],
    });
    expect(profile.stats.followers).toEqual(expect.any(Number));
    const [tokens] = await harness.db.query(
      'SELECT key_id, access_token, refresh_token FROM creators.platform_tokens WHERE creator_id = $1',
      [outcome.creatorId],
    );
    expect(tokens.key_id).toBe('dev');
    expect(tokens.access_token.toString('latin1')).not.toMatch(/act\.|^[\x20-\x7e]+$/);
    const jobs = await harness.queue.getJobs(['waiting', 'prioritized', 'active', 'delayed']);
    expect(jobs.filter((job) => job.data.creatorId === outcome.creatorId)).toHaveLength(1);
  });

  it("connects at once when TikTok's profile limit is spoken for, leaving the profile to the first sync", async () => {
    // The sync workers' reservations reach an hour ahead: no profile slot within CONNECT_PROFILE_WAIT_MS.
    const { clientKey } = resolveTikTokConfig(harness.config);
    const limitKey = `${harness.config.REDIS_KEY_PREFIX}upstream:tiktok:${clientKey}:${TIKTOK_ENDPOINTS.userInfo}`;
    await harness.redis.set(limitKey, String(Date.now() + 3_600_000), 'PX', 60_000);
    try {
      const principal = principalOf();
      const started = await start(principal);

      const outcome = await complete(await harness.consent(started.authUrl, 'sana.sketches'));

      expect(outcome).toMatchObject({ status: 'connected', username: null, displayName: null });
      if (outcome.status !== 'connected') throw new Error('not connected');
      const profile = await harness.bus.request(CreatorsGetProfile, {
        principal,
        creatorId: outcome.creatorId,
      });
      expect(profile).toMatchObject({ status: 'connected', username: null });
      const jobs = await harness.queue.getJobs(['waiting', 'prioritized', 'active', 'delayed']);
      expect(jobs.filter((job) => job.data.creatorId === outcome.creatorId)).toHaveLength(1);
      // Nothing was reserved for the refused read: the workers' queue is as they left it.
      expect(Number(await harness.redis.get(limitKey))).toBeGreaterThan(Date.now() + 3_000_000);
    } finally {
      await harness.redis.del(limitKey);
    }
  });

  it('refuses a replayed state and stores nothing more', async () => {
    const principal = principalOf();
    const started = await start(principal);
    const query = await harness.consent(started.authUrl, 'leo.lifts');
    await complete(query);

    const replay = await complete(query);

    expect(replay).toMatchObject({ status: 'failed', reason: 'state_used', redirectUrl: null });
    expect(await creatorRows(principal.accountId)).toHaveLength(1);
  });

  it('updates the same creator on a reconnect instead of adding another', async () => {
    const principal = principalOf();
    const first = await complete(
      await harness.consent((await start(principal)).authUrl, 'ines.travels'),
    );
    const second = await complete(
      await harness.consent((await start(principal)).authUrl, 'ines.travels'),
    );

    expect(second.status).toBe('connected');
    expect(first.status === 'connected' && second.status === 'connected' && first.creatorId).toBe(
      second.status === 'connected' && second.creatorId,
    );
    expect(await creatorRows(principal.accountId)).toHaveLength(1);
  });

  it('records nothing when the creator denies access', async () => {
    const principal = principalOf();
    await allowRedirectsTo(principal, ['https://app.example.com/done']);
    const started = await start(principal, { redirectUrl: 'https://app.example.com/done' });

    const outcome = await complete(await harness.consent(started.authUrl, 'kofi.codes', 'deny'));

    expect(outcome).toMatchObject({
      status: 'failed',
      reason: 'access_denied',
      redirectUrl: 'https://app.example.com/done',
    });
    expect(await creatorRows(principal.accountId)).toHaveLength(0);
  });

  it('refuses an unknown, a missing and an expired state', async () => {
    const principal = principalOf();
    const started = await start(principal);
    const query = await harness.consent(started.authUrl, 'sana.sketches');
    await harness.db.query(
      "UPDATE creators.connect_states SET expires_at = now() - interval '1 second' WHERE account_id = $1",
      [principal.accountId],
    );

    await expect(complete(query)).resolves.toMatchObject({
      status: 'failed',
      reason: 'state_expired',
    });
    await expect(complete({ ...query, state: 'forged-state' })).resolves.toMatchObject({
      status: 'failed',
      reason: 'unknown_state',
    });
    await expect(complete({ code: query.code })).resolves.toMatchObject({
      status: 'failed',
      reason: 'invalid_request',
    });
    expect(await creatorRows(principal.accountId)).toHaveLength(0);
  });

  it('stores nothing when the code exchange fails', async () => {
    const principal = principalOf();
    const started = await start(principal);
    const query = await harness.consent(started.authUrl, 'maya.bakes');

    const outcome = await complete({ ...query, code: 'not-a-real-code' });

    expect(outcome).toMatchObject({ status: 'failed', reason: 'exchange_failed' });
    expect(await creatorRows(principal.accountId)).toHaveLength(0);
  });

  it('tells TikTok being down apart from a refused exchange', async () => {
    const principal = principalOf();
    const started = await start(principal);
    const query = await harness.consent(started.authUrl, 'maya.bakes');
    await harness.sandboxAdmin('POST', '/sandbox/faults', {
      endpoint: '/v2/oauth/token/',
      status: 503,
    });

    const outcome = await complete(query);

    expect(outcome).toMatchObject({ status: 'failed', reason: 'upstream_unavailable' });
    expect(await creatorRows(principal.accountId)).toHaveLength(0);
  });

  it('stores nothing when TikTok answers the profile read with garbage', async () => {
    const principal = principalOf();
    const started = await start(principal);
    const query = await harness.consent(started.authUrl, 'maya.bakes');
    await harness.sandboxAdmin('POST', '/sandbox/faults', {
      endpoint: '/v2/user/info/',
      garbage: true,
    });

    const outcome = await complete(query);

    expect(outcome).toMatchObject({ status: 'failed', reason: 'upstream_unavailable' });
    expect(await creatorRows(principal.accountId)).toHaveLength(0);
  });

  it("never shows one account another account's creator", async () => {
    const owner = principalOf();
    const outcome = await complete(
      await harness.consent((await start(owner)).authUrl, 'leo.lifts'),
    );
    if (outcome.status !== 'connected') throw new Error('not connected');
    const stranger = principalOf();

    const failure = await harness.bus
      .request(CreatorsGetProfile, { principal: stranger, creatorId: outcome.creatorId })
      .catch((error: unknown) => error);
    const list = await harness.bus.request(CreatorsList, {
      principal: stranger,
      page: { limit: 20 },
      filter: {},
    });

    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'not_found', status: 404 });
    expect(list.items.toJSON()).toEqual([]);
  });

  it('refuses an invalid connect input with field details', async () => {
    const failure = await start(principalOf(), { redirectUrl: 'javascript:alert(1)' }).catch(
      (error: unknown) => error,
    );

    expect(failure).toMatchObject({ code: 'validation_failed', status: 400 });
  });
});
