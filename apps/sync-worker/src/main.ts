import { startTracing } from '@tally/nest-kit/tracing';

// Tracing starts before the app's modules are imported: only what loads after it is instrumented.
await startTracing('sync-worker');

await import('reflect-metadata');
const { runMain } = await import('@tally/nest-kit');
const { loadSyncWorkerConfig } = await import('./config/sync-worker.config.js');
const { startSyncWorker } = await import('./sync-worker.app.js');

runMain('sync-worker', () => startSyncWorker(loadSyncWorkerConfig()));
