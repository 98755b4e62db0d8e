import { z } from 'zod';

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

export const env = {
  postgresUrl: () =>
    urlWithProtocols(['postgres:', 'postgresql:'], 'postgres://user:password@host:5432/database'),
  redisUrl: () => urlWithProtocols(['redis:', 'rediss:'], 'redis://host:6379'),
  natsUrl: () =>
    z
      .string()
      .transform((value) => value.split(',').map((server) => server.trim()))
      .pipe(z.array(urlWithProtocols(['nats:', 'tls:'], 'nats://host:4222')).min(1)),
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
};

/** Variables every Tally service reads. */
export const baseEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: env.logLevel(),
  NATS_URL: env.natsUrl().default(['nats://127.0.0.1:4222']),
  NATS_SUBJECT_PREFIX: env.subjectPrefix(),
  NATS_REQUEST_TIMEOUT_MS: env.positiveInt(5000),
  SHUTDOWN_TIMEOUT_MS: env.positiveInt(10000),
});

export type BaseEnv = z.infer<typeof baseEnvSchema>;
