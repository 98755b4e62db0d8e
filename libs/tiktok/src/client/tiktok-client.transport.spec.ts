import { userInfo } from '../../test/fixtures/recorded-answers.js';
import { clientWith, failureOf } from '../../test/support/client-with.js';
import { scriptedFetch } from '@tally/testing';
import { TikTokClient } from './tiktok-client.js';

describe('TikTokClient transport', () => {
  it('gives up after timeoutMs with upstream_unavailable', async () => {
    const { client } = clientWith('hang');
    const started = Date.now();

    const error = await failureOf(client.userInfo('act.abc', ['display_name']));

    expect(error).toMatchObject({ kind: 'upstream_unavailable', retryable: true });
    expect(error.message).toContain('no answer within 200 ms');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports a network failure as upstream_unavailable', async () => {
    const { client } = clientWith({ networkError: 'connect ECONNREFUSED 127.0.0.1:4500' });

    const error = await failureOf(client.listVideos('act.abc', { maxCount: 20 }));

    expect(error.kind).toBe('upstream_unavailable');
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('keeps a path prefix of the base URL and drops its trailing slash', async () => {
    const script = scriptedFetch(userInfo);
    const client = new TikTokClient({
      authBaseUrl: 'http://127.0.0.1:4500/tiktok/',
      apiBaseUrl: 'http://127.0.0.1:4500/tiktok/',
      clientKey: 'k',
      clientSecret: 's',
      timeoutMs: 1000,
      fetch: script.fetch,
    });

    await client.userInfo('act.abc', []);

    expect(script.sent[0]?.url.toString()).toBe(
      'http://127.0.0.1:4500/tiktok/v2/user/info/?fields=open_id',
    );
    expect(client.authorizeUrl({ redirectUri: 'https://a/cb', state: 's', scopes: [] })).toMatch(
      /^http:\/\/127\.0\.0\.1:4500\/tiktok\/v2\/auth\/authorize\/\?/,
    );
  });

  it('never puts the access token in the error message', async () => {
    const { client } = clientWith({ networkError: 'socket hang up' });

    const error = await failureOf(client.userInfo('act.secret-token', ['display_name']));

    expect(error.message).not.toContain('act.secret-token');
  });
});
