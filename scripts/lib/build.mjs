import { mustRun } from './exec.mjs';
import { ROOT } from './env.mjs';

export const APPS_WITH_MIGRATIONS = ['identity', 'creators', 'webhooks'];

export async function buildAll(env) {
  // The apps' NODE_ENV is not the build's: Vite picks its own (production) for the dashboard.
  const { NODE_ENV: _appsNodeEnv, ...buildEnv } = env;
  // build:openapi writes openapi/openapi.json from the gateway's build.
  await mustRun('npx', ['turbo', 'run', 'build', 'build:openapi', '--output-logs=errors-only'], {
    cwd: ROOT,
    env: { ...buildEnv, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
  });
}

/** Each service applies its own migrations (idempotent; replicas take turns). */
export async function migrateAll(env) {
  for (const app of APPS_WITH_MIGRATIONS) {
    await mustRun('node', [`apps/${app}/dist/migrate.js`], { cwd: ROOT, env });
  }
}
