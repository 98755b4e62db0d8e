import { sendRequest } from './send-request.js';

class Unreachable extends Error {}
const unreachable = (message: string, cause?: unknown) => new Unreachable(message, { cause });

describe('sendRequest', () => {
  it('returns any answer, whatever its status, for the caller to judge', async () => {
    const fetchFunction = jest.fn(async () => new Response('{"error":{}}', { status: 500 }));

    const answer = await sendRequest(
      fetchFunction,
      { url: 'https://api.example/me', init: {}, timeoutMs: 1000 },
      unreachable,
    );

    expect(answer).toMatchObject({ status: 500, body: '{"error":{}}' });
  });

  it("turns a network failure into the client's own error, with the reason underneath", async () => {
    const refused = new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') });

    const failure = sendRequest(
      async () => Promise.reject(refused),
      { url: 'https://api.example/me', init: {}, timeoutMs: 1000 },
      unreachable,
    );

    await expect(failure).rejects.toThrow(Unreachable);
    await expect(failure).rejects.toThrow('network error: fetch failed (connect ECONNREFUSED)');
  });

  it('gives up after timeoutMs, even when fetch ignores its signal', async () => {
    const never = () => new Promise<Response>(() => undefined);

    const failure = sendRequest(
      never,
      { url: 'https://api.example/me', init: {}, timeoutMs: 20 },
      unreachable,
    );

    await expect(failure).rejects.toThrow('no answer within 20 ms');
  });
});
