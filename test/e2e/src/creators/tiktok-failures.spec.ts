import { waitFor } from '@tally/testing';
import { bearer, createKey, signUp } from '../accounts.js';
import { Platform } from '../platform.js';
import type { SandboxFault } from '../platform-sandbox.js';
import { CreatorsApi, dataOf, openerMessage } from './creators-api.js';

/** Two attempts per sync, so that a sync that keeps failing fails for good within seconds. */
const SYNC_ATTEMPTS = 2;

type Failure = Omit<SandboxFault, 'endpoint' | 'times'>;

const FAILURES: [string, Failure][] = [
  ['500', { status: 500 }],
  ['429 with Retry-After', { status: 429, retryAfterSeconds: 1 }],
  ['an HTML page instead of JSON', { garbage: true }],
];

/**
 * TikTok failing: the sandbox answers the next calls of one endpoint with a
 * 500, a 429 or garbage. A connect that meets it stores nothing; a sync that
 * meets it is retried, and one that keeps meeting it fails for good with a
 * reason, losing nothing it stored before.
 */
describe('the creators product when TikTok fails', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await Platform.start(
      { SYNC_ATTEMPTS: String(SYNC_ATTEMPTS), SYNC_WAIT_MS: '8000' },
      { tiktok: true },
    );
  });

  afterEach(async () => {
    await platform?.sandbox.clearFaults();
  });

  afterAll(async () => {
    await platform?.stop();
  });

  async function newAccount(): Promise<CreatorsApi> {
    const owner = await signUp(platform);
    return new CreatorsApi(platform, bearer((await createKey(platform, owner)).key));
  }

  describe('during a connect', () => {
    it.each(FAILURES)(
      "answers a 502 page and stores nothing when TikTok's token endpoint answers %s",
      async (_name, failure) => {
        const api = await newAccount();
        const started = await api.startConnect();
        const callbackUrl = await platform.sandbox.decide(started.authUrl, 'maya.bakes', 'approve');
        await platform.sandbox.fault({ endpoint: '/v2/oauth/token/', ...failure, times: 1 });

        const callback = await fetch(callbackUrl, { redirect: 'manual' });

        expect(callback.status).toBe(502);
        expect(callback.headers.get('content-type')).toMatch(/^text\/html/);
        expect(openerMessage(await callback.text())).toMatchObject({
          type: 'tally:connect',
          status: 'error',
          reason: expect.stringMatching(/^(upstream_unavailable|exchange_failed)$/),
        });
        expect(await platform.sandbox.pendingFaults()).toEqual([]);
        expect((await api.list()).items).toEqual([]);
      },
    );

    it("answers a 502 page, stores nothing and revokes the unused grant when TikTok's profile read fails", async () => {
      const api = await newAccount();
      const started = await api.startConnect();
      const username = await platform.sandbox.addCreator();
      const callbackUrl = await platform.sandbox.decide(started.authUrl, username, 'approve');
      const creator = await platform.sandbox.creator(username);
      const revokedBefore = (await platform.sandbox.revocations()).length;
      await platform.sandbox.fault({ endpoint: '/v2/user/info/', status: 500, times: 1 });

      const callback = await fetch(callbackUrl, { redirect: 'manual' });

      expect(callback.status).toBe(502);
      expect(openerMessage(await callback.text())).toMatchObject({ status: 'error' });
      expect((await api.list()).items).toEqual([]);
      // The unused tokens are revoked in the background, after the page is answered.
      const revoked = await waitFor(
        () => platform.sandbox.revocations(),
        (revocations) => revocations.length > revokedBefore,
      );
      expect(revoked.slice(revokedBefore).map((revocation) => revocation.open_id)).toEqual([
        creator.open_id,
      ]);
    });
  });

  describe('during a manual sync', () => {
    it.each(FAILURES)(
      "retries when TikTok's video list answers %s once, and succeeds",
      async (_name, failure) => {
        const api = await newAccount();
        const creatorId = await api.connectAndSync('maya.bakes');
        await platform.sandbox.fault({ endpoint: '/v2/video/list/', ...failure, times: 1 });

        const response = await api.send('POST', `/api/v1/creators/${creatorId}/sync`);

        expect(await dataOf(response)).toEqual({
          synced: true,
          syncedAt: expect.any(String),
          videos: 47,
        });
        expect(await platform.sandbox.pendingFaults()).toEqual([]);
        expect(await api.syncStatus(creatorId)).toMatchObject({
          status: 'succeeded',
          trigger: 'manual',
          error: null,
        });
        expect(await api.videos(creatorId)).toHaveLength(47);
      },
    );

    it('fails for good with a reason when TikTok keeps failing beyond the attempts, and keeps the videos stored before', async () => {
      const api = await newAccount();
      const creatorId = await api.connectAndSync('maya.bakes');
      const videosBefore = await api.videos(creatorId);
      const profileBefore = await api.profile(creatorId);
      await platform.sandbox.fault({
        endpoint: '/v2/video/list/',
        status: 500,
        times: SYNC_ATTEMPTS + 3,
      });

      const response = await api.send('POST', `/api/v1/creators/${creatorId}/sync`);

      const body = await response.json();
      expect(response.status).toBe(502);
      expect(body).toMatchObject({ success: false, error: { code: 'upstream_error' } });
      const sync = await api.syncStatus(creatorId);
      expect(sync).toMatchObject({ status: 'failed', trigger: 'manual' });
      expect(sync.error).toEqual(expect.stringMatching(/\S/));
      expect(sync.finishedAt).not.toBeNull();
      expect(await platform.sandbox.pendingFaults()).toEqual([
        expect.objectContaining({ remaining: 3 }),
      ]);
      expect(await api.videos(creatorId)).toEqual(videosBefore);
      expect(await api.profile(creatorId)).toEqual(profileBefore);
    });
  });
});
