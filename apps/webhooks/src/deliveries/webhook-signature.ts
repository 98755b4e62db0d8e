import { createHmac } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';

/** The bytes a `whsec_...` secret signs with: the base64 after the prefix. */
export function secretKeyOf(secret: string): Buffer {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  return Buffer.from(encoded, 'base64');
}

/**
 * The `webhook-signature` header of the Standard Webhooks specification:
 * `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` for each secret, space-separated
 * (during a rotation the old secret signs beside the new one).
 */
export function webhookSignature(
  message: { id: string; timestamp: number; body: string },
  secrets: readonly string[],
): string {
  const signed = `${message.id}.${message.timestamp}.${message.body}`;
  return secrets
    .map(
      (secret) => `v1,${createHmac('sha256', secretKeyOf(secret)).update(signed).digest('base64')}`,
    )
    .join(' ');
}
