import { apiError, ok, scriptedFetch } from '../../test/fake-fetch.js';
import { ManualClock } from '../../test/manual-clock.js';
import { TallyError } from '../errors/tally-error.js';
import type { OutgoingRequest } from './outgoing-request.js';
import { type RetryEvent, type RetrySettings, sendWithRetries } from './send-with-retries.js';

function request(method: string, signal: AbortSignal | null = null): OutgoingRequest {
  return {
    url: 'http://tally.test/api/v1/creators',
    method,
    headers: new Headers(),
    body: method === 'GET' ? null : '{}',
    signal,
  };
}

function settings(overrides: Partial<RetrySettings> = {}): RetrySettings {
  return {
    maxRetries: 2,
    timeoutMs: undefined,
    retryAll: false,
    onRetry: undefined,
    ...overrides,
  };
}

const networkDown = () => new TypeError('fetch failed');

describe('sendWithRetries', () => {
  it('sends a GET again after a 429, waiting what Retry-After asks', async () => {
    const { fetch, requests } = scriptedFetch(
      apiError(429, 'rate_limited', { 'retry-after': '3' }),
      ok({ fine: true }),
    );
    const clock = new ManualClock(undefined, 0);

    const response = await sendWithRetries(fetch, request('GET'), settings(), clock);

    expect(response.status).toBe(200);
    expect(requests).toHaveLength(2);
    expect(clock.waits).toEqual([3000]);
  });

  it('retries a 503 with exponential backoff when no Retry-After is given', async () => {
    const { fetch } = scriptedFetch(
      apiError(503, 'service_unavailable'),
      apiError(503, 'service_unavailable'),
      ok({}),
    );
    const clock = new ManualClock(undefined, 1);

    const response = await sendWithRetries(fetch, request('DELETE'), settings(), clock);

    expect(response.status).toBe(200);
    expect(clock.waits).toEqual([500, 1000]);
  });

  it('gives the last answer back once the retries are spent', async () => {
    const { fetch, requests } = scriptedFetch(
      apiError(429, 'rate_limited', { 'retry-after': '1' }),
      apiError(429, 'rate_limited', { 'retry-after': '1' }),
      apiError(429, 'rate_limited', { 'retry-after': '1' }),
    );

    const response = await sendWithRetries(fetch, request('GET'), settings(), new ManualClock());

    expect(response.status).toBe(429);
    expect(requests).toHaveLength(3);
  });

  it('does not send a POST twice unless told to', async () => {
    const refused = () => apiError(429, 'rate_limited', { 'retry-after': '1' });
    const once = scriptedFetch(refused());
    const asked = scriptedFetch(refused(), ok({}, 201));

    const plain = await sendWithRetries(once.fetch, request('POST'), settings(), new ManualClock());
    const retried = await sendWithRetries(
      asked.fetch,
      request('POST'),
      settings({ retryAll: true }),
      new ManualClock(),
    );

    expect(plain.status).toBe(429);
    expect(once.requests).toHaveLength(1);
    expect(retried.status).toBe(201);
    expect(asked.requests.map((seen) => seen.body)).toEqual(['{}', '{}']);
  });

  it('does not wait for a Retry-After longer than a minute', async () => {
    const { fetch, requests } = scriptedFetch(
      apiError(429, 'rate_limited', { 'retry-after': '590' }),
    );

    const response = await sendWithRetries(fetch, request('GET'), settings(), new ManualClock());

    expect(response.status).toBe(429);
    expect(requests).toHaveLength(1);
  });

  it('never retries other failures', async () => {
    for (const status of [400, 401, 403, 404, 409, 500, 502, 504]) {
      const { fetch, requests } = scriptedFetch(apiError(status, 'whatever'));
      const response = await sendWithRetries(fetch, request('GET'), settings(), new ManualClock());
      expect(response.status).toBe(status);
      expect(requests).toHaveLength(1);
    }
  });

  it('retries a network error, then reports it as network_error', async () => {
    const { fetch, requests } = scriptedFetch(networkDown(), networkDown(), networkDown());

    const failure = await sendWithRetries(
      fetch,
      request('GET'),
      settings(),
      new ManualClock(),
    ).catch((error: unknown) => error);

    expect(requests).toHaveLength(3);
    expect(failure).toBeInstanceOf(TallyError);
    expect(failure).toMatchObject({ status: 0, code: 'network_error' });
    expect((failure as TallyError).cause).toBeInstanceOf(TypeError);
  });

  it('recovers from a network error on the next attempt', async () => {
    const { fetch } = scriptedFetch(networkDown(), ok({}));

    const response = await sendWithRetries(fetch, request('GET'), settings(), new ManualClock());

    expect(response.status).toBe(200);
  });

  it('tells onRetry what failed and how long it waits', async () => {
    const events: RetryEvent[] = [];
    const { fetch } = scriptedFetch(
      apiError(429, 'rate_limited', { 'retry-after': '2' }),
      networkDown(),
      ok({}),
    );

    await sendWithRetries(
      fetch,
      request('GET'),
      settings({ onRetry: (event) => events.push(event) }),
      new ManualClock(undefined, 0),
    );

    expect(events).toEqual([
      expect.objectContaining({ retry: 1, delayMs: 2000, status: 429, method: 'GET' }),
      expect.objectContaining({ retry: 2, delayMs: 500, error: expect.any(TallyError) }),
    ]);
  });

  it('gives up on an attempt that outlives timeoutMs, as a timeout', async () => {
    const neverAnswers = (_input: string, init: RequestInit) =>
      new Promise<Response>((_, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });

    const failure = await sendWithRetries(
      neverAnswers,
      request('GET'),
      settings({ timeoutMs: 10, maxRetries: 1 }),
      new ManualClock(),
    ).catch((error: unknown) => error);

    expect(failure).toMatchObject({ status: 0, code: 'timeout' });
  });

  it('stops at once when the caller aborts', async () => {
    const controller = new AbortController();
    const { fetch, requests } = scriptedFetch(() => {
      controller.abort(new Error('caller gave up'));
      return apiError(503, 'service_unavailable');
    });

    const failure = await sendWithRetries(
      fetch,
      request('GET', controller.signal),
      settings(),
      new ManualClock(),
    ).catch((error: unknown) => error);

    expect(requests).toHaveLength(1);
    expect(failure).toEqual(new Error('caller gave up'));
  });
});
