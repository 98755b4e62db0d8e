import { randomInt } from 'node:crypto';
import { request as httpRequest } from 'node:http';

/** One request as it goes on the wire: the path is sent exactly as given (no normalisation). */
export interface RawRequest {
  method: string;
  /** Path and query, already encoded as the test wants them sent. */
  path: string;
  headers?: Record<string, string | string[]>;
  body?: string | Buffer;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export interface RawClientOptions {
  /**
   * The local address to connect from. Failed sign-ins are counted per IP in the
   * shared test database, so a fuzzer must not spend them from 127.0.0.1.
   */
  localAddress?: string;
  timeoutMs?: number;
}

/** A loopback address other than 127.0.0.1, different on every call (Linux routes all of 127/8 to lo). */
export function randomLoopbackAddress(): string {
  return `127.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(2, 255)}`;
}

/**
 * Sends a request with node:http rather than fetch, so that the test decides
 * the exact path bytes, repeated headers, any content type and the body, with a
 * Content-Length that always matches. One connection per request: a response
 * that closes the connection can never break the next request.
 */
export function sendRaw(
  baseUrl: string,
  input: RawRequest,
  options: RawClientOptions = {},
): Promise<RawResponse> {
  const url = new URL(baseUrl);
  const body =
    input.body === undefined
      ? undefined
      : typeof input.body === 'string'
        ? Buffer.from(input.body, 'utf8')
        : input.body;
  return new Promise<RawResponse>((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: input.method,
        path: input.path,
        headers: input.headers,
        agent: false,
        localAddress: options.localAddress,
        timeout: options.timeoutMs ?? 20_000,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    outgoing.on('timeout', () =>
      outgoing.destroy(new Error(`no response within ${options.timeoutMs ?? 20_000} ms`)),
    );
    outgoing.on('error', reject);
    if (body !== undefined) {
      outgoing.setHeader('content-length', body.length);
      outgoing.end(body);
    } else {
      outgoing.end();
    }
  });
}

/** A header of a response as one string (the first value when it was repeated). */
export function headerOf(response: RawResponse, name: string): string | undefined {
  const value = response.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
