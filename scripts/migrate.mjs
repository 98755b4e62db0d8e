// `npm run migrate`: applies every service's pending migrations to DATABASE_URL.
import { migrateAll } from './lib/build.mjs';
import { loadEnvironment } from './lib/env.mjs';
import { fail } from './lib/log.mjs';

migrateAll(loadEnvironment()).catch((error) => fail(error.message));
