import { request as httpRequest, type IncomingMessage } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { observeHttpClient } from './http-client-observer.js';
import { JSON_BODY, ObservedServer, outline, RecordingSink } from './observer-fixtures.js';

/** Sends a request and resolves with the response as soon as its headers are in. */
function send(url: string, method = 'GET'): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { method, agent: false }, resolve).on('error', reject).end();
  });
}

function readAll(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    response.on('error', reject);
  });
}

describe('observeHttpClient', () => {
  let server: ObservedServer;
  let sink: RecordingSink;
  let stop: () => void;

  beforeAll(async () => {
    server = await ObservedServer.start();
  });

  afterAll(async () => {
    await server.stop();
  });

  beforeEach(() => {
    sink = new RecordingSink();
    stop = observeHttpClient(sink);
  });

  afterEach(() => {
    stop();
  });

  it('hands the sink the exchange while the caller reads the whole body', async () => {
    const response = await send(`${server.url}/observed/json?x=1`);

    expect(outline(await readAll(response))).toEqual(outline(JSON_BODY));
    await sink.settled();
    expect(sink.exchanges.map(({ body, ...rest }) => ({ ...rest, body: outline(body) }))).toEqual([
      {
        method: 'GET',
        url: `${server.url}/observed/json?x=1`,
        status: 200,
        contentType: 'application/json',
        body: outline(JSON_BODY),
      },
    ]);
  });

  it('leaves the stream paused: a caller that reads later loses nothing', async () => {
    const response = await send(`${server.url}/observed/json`);
    await sleep(50);

    expect(response.readableFlowing).toBeNull();
    expect(outline(await readAll(response))).toEqual(outline(JSON_BODY));
  });

  it('hands the sink a HEAD with no body', async () => {
    const response = await send(`${server.url}/observed/json`, 'HEAD');

    expect(await readAll(response)).toBe('');
    await sink.settled();
    expect(sink.exchanges).toMatchObject([{ method: 'HEAD', status: 200, body: '' }]);
  });

  it('hands the sink nothing for a response cut off mid-way', async () => {
    const response = await send(`${server.url}/observed/stream`);

    response.destroy();

    await sink.settled();
    expect(sink.exchanges).toEqual([]);
  });

  it('does not touch a response the sink does not want', async () => {
    const response = await send(`${server.url}/elsewhere/json`);

    expect(outline(await readAll(response))).toEqual(outline(JSON_BODY));
    expect(sink.reads).toEqual([]);
  });

  it('stops when asked', async () => {
    stop();

    await readAll(await send(`${server.url}/observed/json`));

    expect(sink.requests).toEqual([]);
  });
});
