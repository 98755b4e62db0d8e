import type { AddressInfo } from 'node:net';
import { InstagramClient } from '@tally/instagram';
import type { PlatformTokens } from '@tally/platform-kit';
import type { FastifyInstance } from 'fastify';
import {
  SANDBOX_INSTAGRAM_APP_ID,
  SANDBOX_INSTAGRAM_APP_SECRET,
} from '../src/config/platform-credentials.js';
import { graphGet, INSTAGRAM_REDIRECT_URI, instagramCode } from './support/instagram-harness.js';
import { startPlatformSandbox } from './support/platform-sandbox.js';

const INSIGHTS_ENDPOINT = '/instagram-graph/<media-id>/insights';

interface EndpointStats {
  calls: number;
  byStatus: Record<string, number>;
}

// The real InstagramClient against a listening sandbox, over HTTP, as Tally uses them.
describe('InstagramClient against the sandbox', () => {
  let app: FastifyInstance;
  let client: InstagramClient;

  beforeEach(async () => {
    ({ app } = await startPlatformSandbox());
    await app.listen({ port: 0, host: '127.0.0.1' });
    const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    client = new InstagramClient({
      appId: SANDBOX_INSTAGRAM_APP_ID,
      appSecret: SANDBOX_INSTAGRAM_APP_SECRET,
      authBaseUrl: `${baseUrl}/instagram-auth`,
      apiBaseUrl: `${baseUrl}/instagram-api`,
      graphBaseUrl: `${baseUrl}/instagram-graph`,
      timeoutMs: 2000,
    });
  });

  afterEach(() => app.close());

  async function connect(scope: string): Promise<PlatformTokens> {
    const code = await instagramCode(app, { sandbox_user: 'nora.plates', scope });
    return client.exchangeCode(code, INSTAGRAM_REDIRECT_URI);
  }

  async function insightsStats(): Promise<EndpointStats | undefined> {
    const stats = (await app.inject({ method: 'GET', url: '/sandbox/stats' })).json<{
      endpoints: Record<string, EndpointStats>;
    }>();
    return stats.endpoints[INSIGHTS_ENDPOINT];
  }

  it('reads the views of every media item from its insights when the creator granted them', async () => {
    const tokens = await connect('instagram_business_basic,instagram_business_manage_insights');
    const profile = await client.profile(tokens);

    const page = await client.mediaPage(tokens, profile, null);

    expect(page.media).toHaveLength(25);
    for (const media of page.media) {
      const insights = await graphGet(
        app,
        `/v25.0/${media.externalId}/insights?metric=views`,
        tokens.accessToken,
      );
      const views = insights.json<{ data: { values: { value: number }[] }[] }>().data[0]?.values[0]
        ?.value;
      expect(media.views).toBe(views);
      expect(media.views).toBeGreaterThan(media.likes ?? 0);
    }
    expect(await insightsStats()).toEqual({ calls: 50, byStatus: { '200': 50 } });
  });

  it('reads no insights, and leaves views null, without the insights permission', async () => {
    const tokens = await connect('instagram_business_basic');
    const profile = await client.profile(tokens);

    const page = await client.mediaPage(tokens, profile, null);

    expect(page.media.length).toBeGreaterThan(0);
    expect(page.media.every((media) => media.views === null)).toBe(true);
    expect(await insightsStats()).toBeUndefined();
  });
});
