import { ORIGIN_PATTERN } from '@tally/contracts';
import {
  baseEnvSchema,
  DEVELOPMENT_SECRETS,
  env,
  loadConfig,
  trustProxySetting,
  withSecrets,
} from '@tally/nest-kit';
import { z } from 'zod';
import { revocationEnvSchema } from '../auth/revocation/revocation.config.js';
import { rateLimitEnvSchema } from '../rate-limit/rate-limit.config.js';
import { usageEnvSchema } from '../usage/usage.config.js';

const originList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(ORIGIN_PATTERN, 'must be origins like https://app.example.com')));

export const gatewayEnvSchema = baseEnvSchema
  .extend({
    ...rateLimitEnvSchema.shape,
    ...usageEnvSchema.shape,
    ...revocationEnvSchema.shape,
    PORT: env.port(3000),
    HOST: z.string().default('0.0.0.0'),
    /** `/metrics` for Prometheus, on a port of its own: never on the public PORT. */
    METRICS_PORT: env.port(9464),
    METRICS_HOST: z.string().default('0.0.0.0'),
    PUBLIC_BASE_URL: env
      .httpUrl()
      .default('http://127.0.0.1:3000')
      .transform((url) => url.replace(/\/$/, '')),
    BODY_LIMIT_BYTES: env.positiveInt(1024 * 1024),
    TRUST_PROXY: trustProxySetting(),
    CURSOR_SECRET: env.secret(),
    KEY_CACHE_TTL_MS: env.positiveInt(30_000),
    KEY_CACHE_MAX_ENTRIES: env.positiveInt(10_000),
    SECRET_KEY_ALLOWED_ORIGINS: originList.default([]),
    /** Unset: Secure in production (cookies then take `__Host-` names), not in development and tests. */
    COOKIE_SECURE: z
      .enum(['true', 'false'])
      .optional()
      .transform((value) => (value === undefined ? undefined : value === 'true')),
    /** How long `POST /creators/:id/sync` waits for the sync to finish before answering 202. */
    SYNC_WAIT_MS: env.positiveInt(20_000),
    /** Opens the operator pages (/admin/queues) with HTTP Basic; unset with no OPERATOR_ACCOUNT_ID: no pages. */
    OPERATOR_TOKEN: env.secret(),
    /** Signed-in admins (account:admin) of this account may open the operator pages. */
    OPERATOR_ACCOUNT_ID: z.uuid({ message: 'must be an account id (a UUID)' }).optional(),
    /** The dashboard's build (apps/dashboard/dist) served at `/`; unset: found next to the gateway. */
    DASHBOARD_DIST_DIR: z.string().min(1).optional(),
  })
  .transform(
    withSecrets({
      CURSOR_SECRET: { development: DEVELOPMENT_SECRETS.CURSOR_SECRET, minLength: 32 },
      OPERATOR_TOKEN: { minLength: 32 },
    }),
  )
  .transform((config) => ({
    ...config,
    COOKIE_SECURE: config.COOKIE_SECURE ?? config.NODE_ENV === 'production',
  }));

export type GatewayConfig = z.infer<typeof gatewayEnvSchema>;

export function loadGatewayConfig(
  source: Record<string, string | undefined> = process.env,
): GatewayConfig {
  return loadConfig(gatewayEnvSchema, source);
}
