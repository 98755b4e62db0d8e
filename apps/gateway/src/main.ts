import 'reflect-metadata';
import { runMain } from '@tally/nest-kit';
import { loadGatewayConfig } from './config/gateway.config.js';
import { startGateway } from './gateway.app.js';

runMain('gateway', () => startGateway(loadGatewayConfig()));
