import { startTracing } from '@tally/nest-kit/tracing';

// Tracing starts before the app's modules are imported: only what loads after it is instrumented.
await startTracing('identity');

await import('reflect-metadata');
const { runMain } = await import('@tally/nest-kit');
const { loadIdentityConfig } = await import('./config/identity.config.js');
const { startIdentity } = await import('./identity.app.js');

runMain('identity', () => startIdentity(loadIdentityConfig()));
