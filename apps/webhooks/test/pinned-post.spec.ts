import { postPinned, RESPONSE_BYTES_KEPT } from '../src/deliveries/pinned-post.js';
import { Receiver } from './support/receiver.js';

describe('postPinned', () => {
  let receiver: Receiver;

  beforeAll(async () => {
    receiver = await Receiver.start();
  });

  afterAll(async () => {
    await receiver.close();
  });

  const loopback = [{ address: '127.0.0.1', family: 4 as const }];
  const post = (path: string, overrides: Partial<Parameters<typeof postPinned>[0]> = {}) =>
    postPinned({
      // A name no resolver knows: only the vetted address can be reached.
      url: new URL(`http://hooks.tally-test.invalid:${receiver.port}${path}`),
      addresses: loopback,
      headers: { 'content-type': 'application/json', 'webhook-id': 'evt' },
      body: '{"a":1}',
      timeoutMs: 5000,
      ...overrides,
    });

  it('connects to the vetted address without resolving the host, which stays in the Host header', async () => {
    receiver.answerWith(() => ({ status: 204 }));

    const outcome = await post('/pinned');

    expect(outcome).toMatchObject({ statusCode: 204, error: null, response: '' });
    const [request] = receiver.to('/pinned');
    expect(request).toMatchObject({ method: 'POST', body: '{"a":1}' });
    expect(request.headers.host).toBe(`hooks.tally-test.invalid:${receiver.port}`);
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['webhook-id']).toBe('evt');
  });

  it('does not follow a redirect', async () => {
    receiver.answerWith((request) =>
      request.path === '/moved'
        ? { status: 302, headers: { location: receiver.url('/elsewhere') } }
        : { status: 200 },
    );

    const outcome = await post('/moved');

    expect(outcome.statusCode).toBe(302);
    expect(receiver.to('/elsewhere')).toEqual([]);
  });

  it('keeps the first KB of the answer', async () => {
    receiver.answerWith(() => ({ status: 500, body: 'é'.repeat(2000) }));

    const outcome = await post('/big');

    expect(outcome.statusCode).toBe(500);
    expect(Buffer.byteLength(outcome.response ?? '')).toBe(RESPONSE_BYTES_KEPT);
  });

  it('gives up when no answer comes in time', async () => {
    receiver.answerWith(() => 'hold');

    const outcome = await post('/slow', { timeoutMs: 200 });

    expect(outcome).toMatchObject({ statusCode: null, error: 'no answer within 200 ms' });
  });

  it('ends at once when the process stops', async () => {
    receiver.answerWith(() => 'hold');
    const stopping = new AbortController();

    const outcome = post('/held', { signal: stopping.signal });
    await receiver.waitFor(1, '/held');
    stopping.abort();

    expect(await outcome).toMatchObject({
      statusCode: null,
      error: expect.stringContaining('interrupted'),
    });
  });

  it('says why when no connection could be made', async () => {
    const outcome = await postPinned({
      url: new URL('http://hooks.tally-test.invalid:9/'),
      addresses: loopback,
      headers: {},
      body: '{}',
      timeoutMs: 2000,
    });

    expect(outcome).toMatchObject({
      statusCode: null,
      error: expect.stringContaining('ECONNREFUSED'),
    });
  });
});
