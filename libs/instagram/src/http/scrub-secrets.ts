const REDACTED = '[redacted]';

/**
 * `text` with every secret in it (and its URL-encoded form) replaced: the
 * token exchange and refresh carry the token and the app secret in the query
 * string, and an error message must never repeat them.
 */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let scrubbed = text;
  for (const secret of secrets) {
    if (secret === '') continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      scrubbed = scrubbed.split(form).join(REDACTED);
    }
  }
  return scrubbed;
}

export function containsSecret(text: string, secrets: readonly string[]): boolean {
  return scrubSecrets(text, secrets) !== text;
}
