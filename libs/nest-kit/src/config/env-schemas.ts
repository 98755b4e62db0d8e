import { z } from 'zod';
import { natsCredentialsProblem } from '../nats/nats-credentials.js';

// A secret's rule depends on NODE_ENV, so it is applied to the whole config (withSecrets).
export * from './secret-settings.js';

function urlWithProtocols(protocols: string[], example: string) {
  return z.string().refine(
    (value) => {
      try {
        const url = new URL(value);
        return protocols.includes(url.protocol) && url.hostname !== '';
      } catch {
        return false;
      }
    },
    { message: `must be a URL like ${example}` },
  );
}

/** Redis' ACL user is optional (`redis://:password@host`), but a user alone would connect as nobody. */
function hasPasswordWhenUserIsSet(value: string): boolean {
  // An address that is not a URL at all is reported by the check before.
  if (!URL.canParse(value)) return true;
  const url = new URL(value);
  return url.username === '' || url.password !== '';
}

export const env = {
  postgresUrl: () =>
    urlWithProtocols(['postgres:', 'postgresql:'], 'postgres://user:password@host:5432/database'),
  /** `redis://host:6379`, `redis://:password@host:6379` or `redis://user:password@host:6379` (ACL). */
  redisUrl: () =>
    urlWithProtocols(['redis:', 'rediss:'], 'redis://host:6379').refine(
      hasPasswordWhenUserIsSet,
      'names a user without a password (redis://user:password@host:6379)',
    ),
  /** Comma-separated `nats://host:4222`, each `nats://user:password@host:4222` where NATS wants a user. */
  natsUrl: () =>
    z
      .string()
      .transform((value) => value.split(',').map((server) => server.trim()))
      .pipe(z.array(urlWithProtocols(['nats:', 'tls:'], 'nats://host:4222')).min(1))
      .superRefine((servers, context) => {
        const problem = natsCredentialsProblem(servers);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      }),
  httpUrl: () => urlWithProtocols(['http:', 'https:'], 'https://host'),
  // 0 lets the OS pick a free port (tests use it).
  port: (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback),
  positiveInt: (fallback: number) => z.coerce.number().int().positive().default(fallback),
  logLevel: () =>
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  subjectPrefix: () =>
    z
      .string()
      .regex(
        /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/,
        'must be NATS subject tokens like "staging" or "eu.prod"',
      )
      .optional(),
  keyPrefix: () => z.string().max(64).default(''),
  /** A secret variable: declare it here, then give its rule to `withSecrets` in the schema's transform. */
  secret: () => z.string().optional(),
};

/** Variables every Tally service reads. */
export const baseEnvSchema = z.object({
  /**
   * Unset means production: only a run that says it is development or test may
   * fall back to the repository's development secrets (npm start and npm test say so).
   */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  LOG_LEVEL: env.logLevel(),
  NATS_URL: env.natsUrl().default(['nats://127.0.0.1:4222']),
  NATS_SUBJECT_PREFIX: env.subjectPrefix(),
  NATS_REQUEST_TIMEOUT_MS: env.positiveInt(5000),
  SHUTDOWN_TIMEOUT_MS: env.positiveInt(10000),
});

export type BaseEnv = z.infer<typeof baseEnvSchema>;
