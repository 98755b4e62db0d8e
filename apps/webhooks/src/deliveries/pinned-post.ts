import type { LookupAddress, LookupOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { ResolvedAddress } from '../urls/endpoint-url-policy.js';

/** How much of an answer's body is kept for the delivery log. */
export const RESPONSE_BYTES_KEPT = 1024;

export interface PinnedPost {
  url: URL;
  /** The vetted addresses of the URL's host: the connection goes to one of them, never resolving again. */
  addresses: readonly ResolvedAddress[];
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** Aborting ends the exchange at once (the process is stopping). */
  signal?: AbortSignal;
}

export interface PostOutcome {
  /** The answer's status, or null when none came (refused, timed out, TLS failed...). */
  statusCode: number | null;
  /** The first KB of the answer's body. */
  response: string | null;
  /** Why no answer came. */
  error: string | null;
  durationMs: number;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * POSTs to the URL over a connection to a vetted address: the host's name
 * still goes in the Host header and TLS SNI (and the certificate must match
 * it), but no DNS answer given after the check can redirect the connection.
 * Redirects are not followed; the whole exchange must end within `timeoutMs`.
 */
export function postPinned(post: PinnedPost): Promise<PostOutcome> {
  const started = performance.now();
  const lookup = (_hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    const family = options.family === 4 || options.family === 6 ? options.family : undefined;
    const candidates = post.addresses.filter((address) => !family || address.family === family);
    if (candidates.length === 0) {
      callback(
        Object.assign(new Error('no vetted address of this family'), { code: 'ENOTFOUND' }),
        '',
      );
    } else if (options.all) {
      callback(
        null,
        candidates.map(({ address, family }) => ({ address, family })),
      );
    } else {
      callback(null, candidates[0].address, candidates[0].family);
    }
  };
  return new Promise((resolve) => {
    let settled = false;
    let statusCode: number | null = null;
    const chunks: Buffer[] = [];
    let kept = 0;
    const finish = (error: string | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      post.signal?.removeEventListener('abort', onAbort);
      request.destroy();
      resolve({
        statusCode,
        response: statusCode === null ? null : responseText(Buffer.concat(chunks)),
        error: statusCode === null ? error : null,
        durationMs: Math.round(performance.now() - started),
      });
    };
    const transport = post.url.protocol === 'https:' ? https : http;
    const request = transport.request(post.url, {
      method: 'POST',
      headers: { ...post.headers, 'content-length': String(Buffer.byteLength(post.body)) },
      lookup,
      agent: false,
    });
    const deadline = setTimeout(
      () => finish(`no answer within ${post.timeoutMs} ms`),
      post.timeoutMs,
    );
    const onAbort = (): void => finish('interrupted: the webhooks process stopped');
    if (post.signal?.aborted) onAbort();
    else post.signal?.addEventListener('abort', onAbort, { once: true });
    request.on('response', (response) => {
      statusCode = response.statusCode ?? null;
      response.on('data', (chunk: Buffer) => {
        const room = RESPONSE_BYTES_KEPT - kept;
        if (room > 0) chunks.push(chunk.subarray(0, room));
        kept += Math.min(room, chunk.length);
        if (kept >= RESPONSE_BYTES_KEPT) finish(null);
      });
      response.on('end', () => finish(null));
      response.on('error', () => finish(null));
      response.on('close', () => finish(null));
    });
    request.on('error', (error) => finish(error.message));
    request.end(post.body);
  });
}

/** The body as text for the log: Postgres text holds no NUL character. */
function responseText(body: Buffer): string {
  return body.toString('utf8').split('\u0000').join('');
}
