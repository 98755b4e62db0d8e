import { startTracing } from '@tally/nest-kit/tracing';
import { fileURLToPath } from 'node:url';

// Tracing starts before the app's modules are imported: only what loads after it is instrumented.
await startTracing('gateway');

await import('reflect-metadata');
const { runMain } = await import('@tally/nest-kit');
const { loadGatewayConfig } = await import('./config/gateway.config.js');
const { startGateway } = await import('./gateway.app.js');

// apps/gateway/dist/main.js → apps/dashboard/dist, in the repository and in the image alike.
const dashboardDir = fileURLToPath(new URL('../../dashboard/dist', import.meta.url));

runMain('gateway', () => startGateway(loadGatewayConfig(), { dashboardDir }));
