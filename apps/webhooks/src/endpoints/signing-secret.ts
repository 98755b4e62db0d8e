import { randomBytes } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';
const SECRET_BYTES = 32;
/** What the API shows of a secret after it was created: enough to recognise it. */
const SECRET_START_LENGTH = 12;

/** A Standard Webhooks signing secret: `whsec_` and the base64 of 32 random bytes. */
export function newSigningSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64')}`;
}

export function secretStartOf(secret: string): string {
  return secret.slice(0, SECRET_START_LENGTH);
}
