/**
 * Secrets that must never reach a log line: fields redacted by name wherever
 * they appear, and credential-shaped strings scrubbed from free text.
 */
export const SECRET_FIELD_NAMES = [
  'password',
  // nats.js names the connection's password `pass`.
  'pass',
  'secret',
  'apiKey',
  'api_key',
  'token',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  'clientSecret',
  'client_secret',
  'sessionToken',
  'session_token',
  'csrfToken',
  'csrf_token',
  'x-csrf-token',
  'authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
];

const SECRET_PATTERNS: RegExp[] = [
  // API keys (secret, publishable) and OAuth client secrets.
  /\btly_(?:sk|pk|cs)_[A-Za-z0-9]+/g,
  // The dashboard's cookies, as a Cookie or Set-Cookie header writes them (`__Host-` when Secure).
  /\b((?:__Host-)?tally_(?:session|csrf))=[^;,\s]+/g,
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi,
  /\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g,
  /\b(act|rft)\.[A-Za-z0-9._-]+/g,
  // The user may be empty: `redis://:password@host` authenticates Redis' default user.
  /(postgres(?:ql)?|redis|rediss|nats|tls):\/\/([^:/@\s]*):([^@\s]+)@/g,
];

export const REDACTED = '[REDACTED]';

export function scrubSecrets(text: string): string {
  return SECRET_PATTERNS.reduce(
    (scrubbed, pattern) =>
      scrubbed.replace(pattern, (match: string, ...groups: unknown[]) => {
        if (pattern.source.startsWith('(postgres'))
          return `${String(groups[0])}://${String(groups[1])}:${REDACTED}@`;
        if (pattern.source.includes('tally_(?:session')) return `${String(groups[0])}=${REDACTED}`;
        if (/^(Bearer|Basic)\s/i.test(match)) return `${match.split(/\s/)[0]} ${REDACTED}`;
        return REDACTED;
      }),
    text,
  );
}

const secretNames = new Set(SECRET_FIELD_NAMES.map((name) => name.toLowerCase()));

/** Deep copy of a log payload with secret fields replaced and strings scrubbed. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[Truncated]';
  if (typeof value === 'string') return scrubSecrets(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  if (value instanceof Error) {
    return {
      type: value.name,
      message: scrubSecrets(value.message),
      stack: value.stack && scrubSecrets(value.stack),
    };
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([field, item]) => [
        field,
        secretNames.has(field.toLowerCase()) && item !== undefined && item !== null
          ? REDACTED
          : redactValue(item, depth + 1),
      ]),
    );
  }
  return value;
}
