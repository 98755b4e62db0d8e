import 'reflect-metadata';
import { runMain } from '@tally/nest-kit';
import { loadGatewayConfig } from './config/gateway.config.js';
import { startGateway } from './gateway.app.js';
import { fileURLToPath } from 'node:url';

// apps/gateway/dist/main.js → apps/dashboard/dist, in the repository and in the image alike.
const dashboardDir = fileURLToPath(new URL('../../dashboard/dist', import.meta.url));

runMain('gateway', () => startGateway(loadGatewayConfig(), { dashboardDir }));
