import 'reflect-metadata';
import { runMain } from '@tally/nest-kit';
import { loadSyncWorkerConfig } from './config/sync-worker.config.js';
import { startSyncWorker } from './sync-worker.app.js';

runMain('sync-worker', () => startSyncWorker(loadSyncWorkerConfig()));
