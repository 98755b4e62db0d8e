/** A webhook that must not be trusted: a header missing, a stale timestamp, no matching signature. */
export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';
}
