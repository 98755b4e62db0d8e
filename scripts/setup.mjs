// Prepares a machine to run Tally: dependencies, Postgres/Redis/NATS, the
// database, a build and the migrations. Uses only Node's built-ins until the
// dependencies are installed.
import { ensureChromium } from './lib/browser.mjs';
import { buildAll, migrateAll } from './lib/build.mjs';
import { ensureDatabase } from './lib/database.mjs';
import { ensureDependencies } from './lib/deps.mjs';
import { loadEnvironment } from './lib/env.mjs';
import { fail, step } from './lib/log.mjs';
import { ensureServices } from './lib/services.mjs';

/**
 * @param {{ forTests?: boolean }} options: tests use TEST_DATABASE_URL as their
 * database, and Chromium for the dashboard's browser tests.
 */
export async function setup(options = {}) {
  const env = loadEnvironment();
  if (options.forTests) {
    env.DATABASE_URL = env.TEST_DATABASE_URL;
    // Jest keeps a NODE_ENV it is given: tests run as test (no sync scheduler), not as development.
    env.NODE_ENV = 'test';
  }
  await ensureDependencies();
  await ensureServices(env);
  await ensureDatabase(env.DATABASE_URL);
  if (options.forTests) env.CHROMIUM_PATH = await ensureChromium(env);
  step('building');
  await buildAll(env);
  step('migrating');
  await migrateAll(env);
  return env;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  setup().then(
    () => step('setup done'),
    (error) => fail(error.message),
  );
}
