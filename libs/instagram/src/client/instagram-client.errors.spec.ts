import type { PlatformErrorKind } from '@tally/platform-kit';
import {
  badGatewayPage,
  codeAlreadyUsed,
  FBTRACE_ID,
  graphError,
  htmlWith200,
  invalidPlatformApp,
  oauthError,
  redirectUriMismatch,
  type RecordedAnswer,
  shortLivedWrapped,
  tokenExpired,
  wrongClientSecret,
} from '../../test/fixtures/recorded-answers.js';
import {
  ANY_PROFILE,
  APP_SECRET,
  clientWith,
  failureOf,
  LONG_LIVED_TOKEN,
  NOW,
  tokensWith,
} from '../../test/support/client-with.js';

const REDIRECT_URI = 'https://app.example.com/cb';

describe('InstagramClient errors while reading data', () => {
  const cases: Array<[string, PlatformErrorKind, RecordedAnswer]> = [
    ['190 (expired, subcode 463)', 'access_token_invalid', tokenExpired],
    [
      '190 (invalid, subcode 467)',
      'access_token_invalid',
      graphError(400, 190, 'Invalid OAuth access token', { subcode: 467 }),
    ],
    [
      '190 (password changed, subcode 460)',
      'access_token_invalid',
      graphError(400, 190, 'Session invalidated', { subcode: 460 }),
    ],
    ['102 (session)', 'access_token_invalid', graphError(400, 102, 'Session key invalid')],
    [
      '4 (app too many calls)',
      'rate_limited',
      graphError(400, 4, 'Application request limit reached'),
    ],
    ['17 (user too many calls)', 'rate_limited', graphError(400, 17, 'User request limit reached')],
    ['32 (throttled)', 'rate_limited', graphError(400, 32, 'Page request limit reached')],
    [
      '613 (throttled)',
      'rate_limited',
      graphError(400, 613, 'Calls to this api have exceeded the rate limit.'),
    ],
    [
      '80002 (Instagram BUC)',
      'rate_limited',
      graphError(400, 80002, 'There have been too many calls to this Instagram account.'),
    ],
    [
      '368 (temporarily blocked)',
      'rate_limited',
      graphError(400, 368, 'The action attempted has been deemed abusive'),
    ],
    [
      '10 (permission)',
      'scope_not_authorized',
      graphError(403, 10, 'Application does not have permission for this action'),
    ],
    [
      '200 (permission)',
      'scope_not_authorized',
      graphError(403, 200, 'Requires instagram_business_basic permission'),
    ],
    ['299 (permission)', 'scope_not_authorized', graphError(403, 299, 'Permission error')],
    [
      '100 (invalid parameter)',
      'invalid_request',
      graphError(400, 100, 'Tried accessing nonexisting field (foo)'),
    ],
    [
      '100/33 (object does not exist)',
      'not_found',
      graphError(400, 100, 'Unsupported get request.', { subcode: 33 }),
    ],
    ['100 with a 500 status', 'upstream_unavailable', graphError(500, 100, 'Invalid parameter')],
    [
      '1 (unknown, possibly temporary)',
      'upstream_unavailable',
      graphError(500, 1, 'An unknown error occurred'),
    ],
    [
      '2 (service unavailable)',
      'upstream_unavailable',
      graphError(503, 2, 'Service temporarily unavailable'),
    ],
    [
      'an unknown code flagged is_transient',
      'upstream_unavailable',
      graphError(400, 9999, 'Try again', { isTransient: true }),
    ],
    [
      '17 (user request limit) flagged is_transient',
      'rate_limited',
      graphError(403, 17, 'User request limit reached', { isTransient: true }),
    ],
    [
      '80002 (business use case limit) flagged is_transient',
      'rate_limited',
      graphError(400, 80002, 'There have been too many calls', { isTransient: true }),
    ],
    ['an unknown code on a 400', 'invalid_request', graphError(400, 9999, 'Something')],
    [
      '101 (app not valid)',
      'invalid_client',
      graphError(400, 101, 'Error validating application. Invalid application ID.'),
    ],
    ['an HTML 502 page', 'upstream_unavailable', badGatewayPage],
    ['a bare 429', 'rate_limited', { status: 429, body: '' }],
    ['a bare 401', 'access_token_invalid', { status: 401, body: '' }],
    ['a bare 404', 'not_found', { status: 404, body: 'Not Found' }],
    ['HTML with 200', 'invalid_response', htmlWith200],
    ['JSON of the wrong shape', 'invalid_response', { status: 200, body: '{"data":"nope"}' }],
  ];

  it.each(cases)('maps %s to %s', async (_name, kind, answer) => {
    const { client } = clientWith(answer);

    const error = await failureOf(client.mediaPage(tokensWith(), ANY_PROFILE, null));

    expect(error).toMatchObject({ platform: 'INSTAGRAM', kind, endpoint: '/v25.0/me/media' });
  });

  it("keeps Meta's code, subcode, HTTP status and fbtrace_id for support", async () => {
    const { client } = clientWith(tokenExpired);

    const error = await failureOf(client.profile(tokensWith()));

    expect(error).toMatchObject({
      code: '190',
      httpStatus: 400,
      traceId: FBTRACE_ID,
      grantGone: true,
      retryable: false,
    });
    expect(error.message).toContain('OAuthException 190/463: Error validating access token');
  });

  it('takes the trace id from the x-fb-trace-id header when the body has none', async () => {
    const { client } = clientWith({
      status: 500,
      headers: { 'x-fb-trace-id': 'HdrTrace' },
      body: '',
    });

    expect((await failureOf(client.profile(tokensWith()))).traceId).toBe('HdrTrace');
  });

  it('waits as long as Retry-After says when throttled', async () => {
    const { client } = clientWith(
      graphError(429, 4, 'Application request limit reached', {
        headers: { 'retry-after': '120' },
      }),
    );

    const error = await failureOf(client.profile(tokensWith()));

    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 120, retryable: true });
  });

  it("falls back on the Business Use Case header's estimated time to regain access", async () => {
    const usage = JSON.stringify({
      '17841405793187218': [
        {
          type: 'instagram',
          call_count: 100,
          total_cputime: 20,
          total_time: 30,
          estimated_time_to_regain_access: 7,
        },
      ],
    });
    const { client } = clientWith(
      graphError(400, 80002, 'Too many calls', { headers: { 'x-business-use-case-usage': usage } }),
    );

    expect((await failureOf(client.profile(tokensWith()))).retryAfterSeconds).toBe(7 * 60);
  });

  it('reads an HTTP-date Retry-After against the injected clock', async () => {
    const { client } = clientWith({
      status: 429,
      headers: { 'retry-after': new Date(NOW + 30_000).toUTCString() },
      body: '',
    });

    expect((await failureOf(client.profile(tokensWith()))).retryAfterSeconds).toBe(30);
  });

  it('has no retry-after for errors other than throttling', async () => {
    const { client } = clientWith(
      graphError(400, 100, 'Invalid parameter', { headers: { 'retry-after': '5' } }),
    );

    expect((await failureOf(client.profile(tokensWith()))).retryAfterSeconds).toBeUndefined();
  });
});

describe('InstagramClient errors while exchanging a code', () => {
  const cases: Array<[string, PlatformErrorKind, RecordedAnswer]> = [
    ['a code not found or already used', 'invalid_grant', codeAlreadyUsed],
    [
      'an expired code (Graph 100/36007)',
      'invalid_grant',
      graphError(400, 100, 'This authorization code has expired.', { subcode: 36007 }),
    ],
    ['a wrong client_secret', 'invalid_client', wrongClientSecret],
    ['an invalid platform app', 'invalid_client', invalidPlatformApp],
    ['OAuth 101', 'invalid_client', oauthError(400, 101, 'Missing client_id parameter.')],
    ['a redirect_uri mismatch', 'invalid_request', redirectUriMismatch],
    ['an unknown OAuth error on a 400', 'invalid_request', oauthError(400, 400, 'Something else')],
    [
      'an OAuth error on a 503',
      'upstream_unavailable',
      oauthError(503, 503, 'Please try again later'),
    ],
    ['a bare 401', 'invalid_grant', { status: 401, body: '' }],
    [
      'an answer without user_id',
      'invalid_response',
      { status: 200, body: '{"data":[{"access_token":"x"}]}' },
    ],
    ['an empty data list', 'invalid_response', { status: 200, body: '{"data":[]}' }],
  ];

  it.each(cases)('maps %s to %s', async (_name, kind, answer) => {
    const { client } = clientWith(answer);

    const error = await failureOf(client.exchangeCode('AQBcode', REDIRECT_URI));

    expect(error).toMatchObject({ kind, endpoint: '/oauth/access_token' });
  });

  it('maps a dead short-lived token in the long-lived exchange to invalid_grant', async () => {
    const { client } = clientWith(shortLivedWrapped, tokenExpired);

    const error = await failureOf(client.exchangeCode('AQBcode', REDIRECT_URI));

    expect(error).toMatchObject({ kind: 'invalid_grant', endpoint: '/access_token' });
  });

  it('maps a wrong app secret in the long-lived exchange to invalid_client', async () => {
    const { client } = clientWith(
      shortLivedWrapped,
      graphError(400, 1, 'Error validating client secret.'),
    );

    expect((await failureOf(client.exchangeCode('AQBcode', REDIRECT_URI))).kind).toBe(
      'invalid_client',
    );
  });

  it('never repeats the app secret, the code or the short-lived token in a message', async () => {
    const { client } = clientWith(
      shortLivedWrapped,
      graphError(400, 100, 'Bad access_token IGQshortlived111 for secret app-secret-abc123'),
    );
    const echoed = clientWith(wrongClientSecret);

    const exchange = await failureOf(client.exchangeCode('AQBcode', REDIRECT_URI));
    const codeExchange = await failureOf(echoed.client.exchangeCode('AQBcode', REDIRECT_URI));

    expect(exchange.message).not.toContain('IGQshortlived111');
    expect(exchange.message).not.toContain(APP_SECRET);
    expect(codeExchange.message).not.toContain(APP_SECRET);
    expect(codeExchange.message).toContain('[redacted]');
  });
});

describe('InstagramClient errors while refreshing', () => {
  it('maps a dead long-lived token to invalid_grant: only a new login helps', async () => {
    const { client } = clientWith(tokenExpired);

    const error = await failureOf(client.refresh(tokensWith()));

    expect(error).toMatchObject({ kind: 'invalid_grant', endpoint: '/refresh_access_token' });
  });

  it('maps throttling to rate_limited', async () => {
    const { client } = clientWith(graphError(400, 4, 'Application request limit reached'));

    expect((await failureOf(client.refresh(tokensWith()))).kind).toBe('rate_limited');
  });

  it('never repeats the token in a message', async () => {
    const { client } = clientWith(graphError(400, 100, `Invalid token ${LONG_LIVED_TOKEN}`));

    expect((await failureOf(client.refresh(tokensWith()))).message).not.toContain(LONG_LIVED_TOKEN);
  });
});
