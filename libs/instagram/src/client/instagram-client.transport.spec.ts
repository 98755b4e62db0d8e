import { longLivedToken, profile } from '../../test/fixtures/recorded-answers.js';
import {
  APP_SECRET,
  clientWith,
  failureOf,
  LONG_LIVED_TOKEN,
  tokensWith,
} from '../../test/support/client-with.js';
import { scriptedFetch } from '@tally/testing';
import { InstagramClient } from './instagram-client.js';

describe('InstagramClient transport', () => {
  it('gives up after timeoutMs with upstream_unavailable', async () => {
    const { client } = clientWith('hang');

    const error = await failureOf(client.profile(tokensWith()));

    expect(error).toMatchObject({ kind: 'upstream_unavailable', retryable: true });
    expect(error.message).toContain('no answer within 200 ms');
  });

  it('reports a network failure as upstream_unavailable, with its reason', async () => {
    const { client } = clientWith({ networkError: 'fetch failed', cause: 'connect ECONNREFUSED' });

    const error = await failureOf(client.profile(tokensWith()));

    expect(error.kind).toBe('upstream_unavailable');
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('drops a network failure that quotes the token-bearing URL, and scrubs the message', async () => {
    const url = `https://graph.instagram.com/refresh_access_token?access_token=${LONG_LIVED_TOKEN}`;
    const { client } = clientWith({ networkError: `Failed to fetch ${url}` });

    const error = await failureOf(client.refresh(tokensWith()));

    expect(error.message).not.toContain(LONG_LIVED_TOKEN);
    expect(error.cause).toBeUndefined();
  });

  it('never names the full URL of a token exchange in an error', async () => {
    const { client } = clientWith({ status: 500, body: '' });

    const error = await failureOf(client.refresh(tokensWith()));

    expect(error.endpoint).toBe('/refresh_access_token');
    expect(error.message).not.toContain(LONG_LIVED_TOKEN);
    expect(error.message).not.toContain(APP_SECRET);
  });

  it('keeps a path prefix of each base URL and drops its trailing slash', async () => {
    const script = scriptedFetch(profile, longLivedToken);
    const client = new InstagramClient({
      appId: '1',
      appSecret: 's',
      authBaseUrl: 'http://127.0.0.1:4500/instagram-auth/',
      apiBaseUrl: 'http://127.0.0.1:4500/instagram-api/',
      graphBaseUrl: 'http://127.0.0.1:4500/instagram-graph/',
      timeoutMs: 1000,
      fetch: script.fetch,
    });

    await client.profile(tokensWith());
    await client.refresh(tokensWith());

    expect(script.sent[0]?.url.pathname).toBe('/instagram-graph/v25.0/me');
    expect(script.sent[1]?.url.pathname).toBe('/instagram-graph/refresh_access_token');
    expect(client.authorizationUrl({ redirectUri: 'https://a/cb', state: 's' })).toMatch(
      /^http:\/\/127\.0\.0\.1:4500\/instagram-auth\/oauth\/authorize\?/,
    );
  });
});
