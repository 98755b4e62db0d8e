import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

/** Defaults for local runs; `.env` (if present) and the shell's environment win over them. */
export const LOCAL_DEFAULTS = {
  // The apps treat an unset NODE_ENV as production, which refuses the development secrets.
  NODE_ENV: 'development',
  DATABASE_URL: 'postgres://tally:tally@127.0.0.1:5432/tally',
  TEST_DATABASE_URL: 'postgres://tally:tally@127.0.0.1:5432/tally_test',
  REDIS_URL: 'redis://127.0.0.1:6379',
  NATS_URL: 'nats://127.0.0.1:4222',
  PORT: '3000',
  TIKTOK_SANDBOX_PORT: '4500',
  DEMO_EMAIL: 'demo@tally.local',
  DEMO_PASSWORD: 'tally-demo-password',
};

function parseDotenv(text) {
  const values = {};
  for (const line of text.split('\n')) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trim().startsWith('#')) continue;
    let value = match[2];
    if (
      (value.startsWith('"') && value.endsWith('"')) ||
      (value.startsWith("'") && value.endsWith("'"))
    ) {
      value = value.slice(1, -1);
    } else {
      value = value.replace(/\s+#.*$/, '');
    }
    values[match[1]] = value;
  }
  return values;
}

/** The environment the apps run with: shell > .env > local defaults. */
export function loadEnvironment() {
  const dotenvPath = join(ROOT, '.env');
  const fromFile = existsSync(dotenvPath) ? parseDotenv(readFileSync(dotenvPath, 'utf8')) : {};
  const merged = { ...LOCAL_DEFAULTS, ...fromFile };
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && value !== '') merged[key] = value;
  }
  return withLocalAddresses(merged);
}

/**
 * On another PORT, the gateway's public address and the callback the sandbox
 * accepts follow it, unless they are set: TikTok must send browsers back to
 * this gateway.
 */
function withLocalAddresses(env) {
  const publicBaseUrl = env.PUBLIC_BASE_URL || `http://127.0.0.1:${env.PORT}`;
  const callbackPath = '/api/v1/connect/tiktok/callback';
  return {
    ...env,
    PUBLIC_BASE_URL: publicBaseUrl,
    TIKTOK_SANDBOX_REDIRECT_URIS:
      env.TIKTOK_SANDBOX_REDIRECT_URIS ||
      [publicBaseUrl, `http://localhost:${env.PORT}`]
        .map((base) => `${base.replace(/\/$/, '')}${callbackPath}`)
        .join(','),
  };
}
