import { startTracing } from '@tally/nest-kit/tracing';

// Tracing starts before the app's modules are imported: only what loads after it is instrumented.
await startTracing('creators');

await import('reflect-metadata');
const { runMain } = await import('@tally/nest-kit');
const { loadCreatorsConfig } = await import('./config/creators.config.js');
const { startCreators } = await import('./creators.app.js');

runMain('creators', () => startCreators(loadCreatorsConfig()));
