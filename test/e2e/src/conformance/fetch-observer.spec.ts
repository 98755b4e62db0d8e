import { observeFetch } from './fetch-observer.js';
import { JSON_BODY, ObservedServer, outline, RecordingSink } from './observer-fixtures.js';

describe('observeFetch', () => {
  let server: ObservedServer;
  let sink: RecordingSink;
  let sut: typeof fetch;

  beforeAll(async () => {
    server = await ObservedServer.start();
  });

  afterAll(async () => {
    await server.stop();
  });

  beforeEach(() => {
    sink = new RecordingSink();
    sut = observeFetch(fetch, sink);
  });

  it('hands the sink a copy and leaves the caller its own unread body', async () => {
    const response = await sut(`${server.url}/observed/json`);

    expect(outline(await response.text())).toEqual(outline(JSON_BODY));
    await sink.settled();
    expect(sink.exchanges.map(({ body, ...rest }) => ({ ...rest, body: outline(body) }))).toEqual([
      {
        method: 'GET',
        url: `${server.url}/observed/json`,
        status: 200,
        contentType: 'application/json',
        body: outline(JSON_BODY),
      },
    ]);
  });

  it('gives the caller the response as fetch made it', async () => {
    const response = await sut(`${server.url}/observed/redirect`);

    expect(response).toBeInstanceOf(Response);
    expect(response).toMatchObject({
      status: 200,
      statusText: 'OK',
      url: `${server.url}/observed/json`,
      redirected: true,
      type: 'basic',
    });
    expect(response.headers.get('content-type')).toBe('application/json');
  });

  it('passes on a redirect: manual response with its own status', async () => {
    const response = await sut(`${server.url}/observed/redirect`, { redirect: 'manual' });

    expect(response.status).toBe(302);
    await sink.settled();
    expect(sink.exchanges).toMatchObject([
      { method: 'GET', url: `${server.url}/observed/redirect`, status: 302, body: '' },
    ]);
  });

  it('sees a followed redirect as the GET of where it led', async () => {
    const response = await sut(`${server.url}/observed/redirect`, { method: 'POST', body: 'x' });

    expect(response.status).toBe(200);
    await sink.settled();
    expect(sink.exchanges).toMatchObject([
      { method: 'GET', url: `${server.url}/observed/json`, status: 200 },
    ]);
  });

  it('answers a HEAD with no body, and hands the sink the HEAD', async () => {
    const response = await sut(`${server.url}/observed/json`, { method: 'HEAD' });

    expect(await response.text()).toBe('');
    await sink.settled();
    expect(sink.exchanges).toMatchObject([{ method: 'HEAD', status: 200, body: '' }]);
  });

  it('passes on a 204 as it is, and hands the sink its empty body', async () => {
    const response = await sut(`${server.url}/observed/empty`, { method: 'DELETE' });

    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
    await sink.settled();
    expect(sink.exchanges).toMatchObject([{ method: 'DELETE', status: 204, body: '' }]);
  });

  it('streams the body to the caller as the server sends it', async () => {
    const response = await sut(`${server.url}/observed/stream`);
    const reader = response.body!.getReader();

    const first = await reader.read();
    server.release();
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      rest += new TextDecoder().decode(chunk.value);

    expect(new TextDecoder().decode(first.value)).toBe('first;');
    expect(rest).toBe('rest');
    await sink.settled();
    expect(sink.exchanges).toMatchObject([{ body: 'first;rest' }]);
  });

  it('lets the caller abort a body mid-way, and hands the sink nothing', async () => {
    const controller = new AbortController();
    const response = await sut(`${server.url}/observed/stream`, { signal: controller.signal });

    controller.abort();

    await expect(response.text()).rejects.toMatchObject({ name: 'AbortError' });
    await sink.settled();
    expect(sink.exchanges).toEqual([]);
  });

  it('does not copy a response the sink does not want', async () => {
    const response = await sut(`${server.url}/elsewhere/json`);

    expect(outline(await response.text())).toEqual(outline(JSON_BODY));
    expect(sink.reads).toEqual([]);
    expect(sink.exchanges).toEqual([]);
  });

  it('gives the sink the request headers, for a preflight to be told apart', async () => {
    await sut(`${server.url}/observed/json`, {
      method: 'OPTIONS',
      headers: { 'access-control-request-method': 'GET' },
    });

    expect(sink.requests[0].header('access-control-request-method')).toBe('GET');
  });
});
