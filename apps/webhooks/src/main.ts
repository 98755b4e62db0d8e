import { startTracing } from '@tally/nest-kit/tracing';

// Tracing starts before the app's modules are imported: only what loads after it is instrumented.
await startTracing('webhooks');

await import('reflect-metadata');
const { runMain } = await import('@tally/nest-kit');
const { loadWebhooksConfig } = await import('./config/webhooks.config.js');
const { startWebhooks } = await import('./webhooks.app.js');

runMain('webhooks', () => startWebhooks(loadWebhooksConfig()));
