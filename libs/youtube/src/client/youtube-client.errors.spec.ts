import {
  backendError,
  badGatewayPage,
  channelNotFound,
  channelWithoutId,
  cutOffJson,
  dailyLimitExceeded,
  forbidden,
  insufficientPermissions,
  invalidCredentials,
  notJsonWith200,
  quotaExceeded,
  rateLimitExceeded,
  unknownReason400,
  userRateLimitExceeded,
} from '../../test/fixtures/recorded-answers.js';
import {
  clientWith,
  failureOf,
  SECONDS_TO_QUOTA_RESET,
  storedTokens,
} from '../../test/support/client-with.js';

describe('YouTubeClient: Data API errors', () => {
  it.each([
    ['quotaExceeded', 'quota_exhausted', quotaExceeded, 403],
    ['dailyLimitExceeded', 'quota_exhausted', dailyLimitExceeded, 403],
    ['rateLimitExceeded', 'rate_limited', rateLimitExceeded, 403],
    ['userRateLimitExceeded', 'rate_limited', userRateLimitExceeded, 429],
    ['authError', 'access_token_invalid', invalidCredentials, 401],
    ['insufficientPermissions', 'scope_not_authorized', insufficientPermissions, 403],
    ['forbidden', 'scope_not_authorized', forbidden, 403],
    ['channelNotFound', 'not_found', channelNotFound, 404],
    ['backendError', 'upstream_unavailable', backendError, 503],
    ['invalidParameter', 'invalid_request', unknownReason400, 400],
  ])('maps the reason %s to %s', async (reason, kind, answer, httpStatus) => {
    const { client } = clientWith(answer);

    const error = await failureOf(client.profile(storedTokens()));

    expect(error).toMatchObject({
      platform: 'YOUTUBE',
      kind,
      code: reason,
      httpStatus,
      endpoint: '/youtube/v3/channels',
    });
  });

  it('says how long a spent quota lasts: until midnight Pacific', async () => {
    const { client } = clientWith(quotaExceeded);

    const error = await failureOf(client.profile(storedTokens()));

    expect(error.retryAfterSeconds).toBe(SECONDS_TO_QUOTA_RESET);
    expect(error.retryable).toBe(false);
  });

  it("passes a rate limit's Retry-After on, and calls it retryable", async () => {
    const { client } = clientWith(userRateLimitExceeded);

    const error = await failureOf(client.profile(storedTokens()));

    expect(error).toMatchObject({ retryAfterSeconds: 30, retryable: true });
  });

  it('calls an expired access token a gone grant, so that the caller refreshes', async () => {
    const { client } = clientWith(invalidCredentials);

    const error = await failureOf(client.profile(storedTokens()));

    expect(error.grantGone).toBe(true);
    expect(error.message).not.toContain('ya29.stored-access-token');
  });

  it('judges an error page without a Google body by its status', async () => {
    const { client } = clientWith(
      badGatewayPage,
      { status: 401, body: '' },
      { status: 404, body: 'Not Found' },
    );

    expect((await failureOf(client.profile(storedTokens()))).kind).toBe('upstream_unavailable');
    expect((await failureOf(client.profile(storedTokens()))).kind).toBe('access_token_invalid');
    expect((await failureOf(client.profile(storedTokens()))).kind).toBe('not_found');
  });

  it.each([
    ['HTML with a 200', notJsonWith200],
    ['cut-off JSON', cutOffJson],
    ['a channel without an id', channelWithoutId],
  ])('reports %s as invalid_response', async (_case, answer) => {
    const { client } = clientWith(answer);

    const error = await failureOf(client.profile(storedTokens()));

    expect(error).toMatchObject({ kind: 'invalid_response', httpStatus: 200 });
  });
});

describe('YouTubeClient: transport', () => {
  it('reports a network failure as upstream_unavailable, with its cause', async () => {
    const { client } = clientWith({ networkError: 'fetch failed' });

    const error = await failureOf(client.profile(storedTokens()));

    expect(error).toMatchObject({ kind: 'upstream_unavailable', endpoint: '/youtube/v3/channels' });
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('gives up on a call that does not answer within timeoutMs', async () => {
    const { client } = clientWith('hang');

    const error = await failureOf(client.profile(storedTokens()));

    expect(error.kind).toBe('upstream_unavailable');
    expect(error.message).toContain('no answer within 200 ms');
  });

  it('times out token requests too', async () => {
    const { client } = clientWith('hang');

    const error = await failureOf(client.refresh(storedTokens()));

    expect(error).toMatchObject({ kind: 'upstream_unavailable', endpoint: '/token' });
  });
});
