import 'reflect-metadata';
import { runMain } from '@tally/nest-kit';
import { loadWebhooksConfig } from './config/webhooks.config.js';
import { startWebhooks } from './webhooks.app.js';

runMain('webhooks', () => startWebhooks(loadWebhooksConfig()));
