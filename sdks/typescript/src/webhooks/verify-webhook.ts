import type { WebhookEvent } from '../types.js';
import { decodeBase64 } from './base64.js';
import { headerValue, type WebhookHeaders } from './webhook-headers.js';
import { WebhookVerificationError } from './webhook-verification-error.js';

const SECRET_PREFIX = 'whsec_';
/** Standard Webhooks' default: a delivery signed more than 5 minutes off this clock is refused (replays). */
export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

export interface VerifyWebhookOptions {
  /** How far `webhook-timestamp` may be from now, in seconds; 300 by default. */
  toleranceSeconds?: number;
  /** Now, in milliseconds since the epoch: for tests. */
  now?: number;
}

type Payload = string | Uint8Array | ArrayBuffer;

function bytesOf(payload: Payload): Uint8Array {
  if (typeof payload === 'string') return new TextEncoder().encode(payload);
  return payload instanceof Uint8Array ? payload : new Uint8Array(payload);
}

function required(headers: WebhookHeaders, name: string): string {
  const value = headerValue(headers, name);
  if (!value) throw new WebhookVerificationError(`the ${name} header is missing`);
  return value;
}

function signingKey(secret: string): Uint8Array<ArrayBuffer> {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  const key = decodeBase64(encoded);
  if (!key || key.length === 0)
    throw new WebhookVerificationError('the secret is not a whsec_ secret (base64 after whsec_)');
  return key;
}

function checkTimestamp(timestamp: string, nowMs: number, toleranceSeconds: number): void {
  if (!/^\d+$/.test(timestamp))
    throw new WebhookVerificationError('the webhook-timestamp header is not a number of seconds');
  const skew = nowMs / 1000 - Number(timestamp);
  if (skew > toleranceSeconds) throw new WebhookVerificationError('the webhook is too old');
  if (skew < -toleranceSeconds)
    throw new WebhookVerificationError('the webhook-timestamp is in the future');
}

/** `id.timestamp.` and then the payload's bytes exactly as they came. */
function signedContent(
  id: string,
  timestamp: string,
  payload: Uint8Array,
): Uint8Array<ArrayBuffer> {
  const prefix = new TextEncoder().encode(`${id}.${timestamp}.`);
  const content = new Uint8Array(prefix.length + payload.length);
  content.set(prefix);
  content.set(payload, prefix.length);
  return content;
}

/** The `v1,<base64>` signatures of the header (one per secret during a rotation), decoded. */
function v1Signatures(header: string): Uint8Array<ArrayBuffer>[] {
  return header
    .split(' ')
    .filter((entry) => entry.startsWith('v1,'))
    .map((entry) => decodeBase64(entry.slice('v1,'.length)))
    .filter((signature): signature is Uint8Array<ArrayBuffer> => signature !== undefined);
}

/**
 * Verifies a webhook per Standard Webhooks and returns its event: the HMAC-SHA256
 * of `webhook-id.webhook-timestamp.payload` under the endpoint's `whsec_` secret
 * must match one of the `v1,` signatures of `webhook-signature`, and the
 * timestamp must be within 5 minutes of now. Pass the body exactly as it came
 * (the raw text or bytes, before any JSON parsing). Throws
 * WebhookVerificationError otherwise. Uses Web Crypto: Node 20+, browsers,
 * Deno, Bun, edge runtimes.
 */
export async function verifyWebhook(
  payload: Payload,
  headers: WebhookHeaders,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<WebhookEvent> {
  const id = required(headers, 'webhook-id');
  const timestamp = required(headers, 'webhook-timestamp');
  const signatureHeader = required(headers, 'webhook-signature');
  checkTimestamp(
    timestamp,
    options.now ?? Date.now(),
    options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS,
  );
  const body = bytesOf(payload);
  const key = await crypto.subtle.importKey(
    'raw',
    signingKey(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['verify'],
  );
  const content = signedContent(id, timestamp, body);
  let matched = false;
  // crypto.subtle.verify compares in constant time.
  for (const signature of v1Signatures(signatureHeader))
    if (await crypto.subtle.verify('HMAC', key, signature, content)) matched = true;
  if (!matched) throw new WebhookVerificationError('no signature matches the payload');
  try {
    return JSON.parse(new TextDecoder().decode(body)) as WebhookEvent;
  } catch {
    throw new WebhookVerificationError('the payload is not JSON');
  }
}
