import { creatorsDatabaseOptions } from '@tally/creators-data';
import { createHttpApp, createLogger, enableGracefulShutdown, openDatabase } from '@tally/nest-kit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SyncWorkerConfig } from './config/sync-worker.config.js';
import { SyncWorkerModule } from './sync-worker.module.js';

/**
 * Starts one sync-worker process: BullMQ consumers plus /health and /metrics.
 * The creators service owns the schema and its migrations; the worker only connects.
 */
export async function startSyncWorker(
  config: SyncWorkerConfig,
  options: { installSignalHandlers?: boolean } = {},
): Promise<NestFastifyApplication> {
  const logger = createLogger({ service: 'sync-worker', level: config.LOG_LEVEL });
  const dataSource = await openDatabase(
    config.DATABASE_URL,
    creatorsDatabaseOptions(config.DATABASE_URL, config.DATABASE_POOL_SIZE, 'tally-sync-worker'),
  );
  const app = await createHttpApp(SyncWorkerModule.register(config, dataSource), { logger });
  if (options.installSignalHandlers !== false)
    enableGracefulShutdown(app, config.SHUTDOWN_TIMEOUT_MS, logger);
  await app.listen(config.SYNC_WORKER_HEALTH_PORT, '0.0.0.0');
  logger.info({
    msg: 'sync-worker running',
    concurrency: config.SYNC_CONCURRENCY,
    revocationConcurrency: config.REVOCATION_CONCURRENCY,
    // The port actually bound: 0 asks the OS for a free one.
    healthPort: Number(new URL(await app.getUrl()).port),
    platforms: {
      TIKTOK: config.platforms.tiktok.upstream,
      INSTAGRAM: config.platforms.instagram.upstream,
      YOUTUBE: config.platforms.youtube.upstream,
    },
  });
  return app;
}
