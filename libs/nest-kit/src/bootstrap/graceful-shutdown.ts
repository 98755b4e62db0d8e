import type { INestApplicationContext } from '@nestjs/common';
import type { Logger } from 'pino';

/**
 * Closes the app on SIGTERM or SIGINT (Nest runs every shutdown hook), and
 * exits anyway if closing takes longer than the timeout.
 */
export function enableGracefulShutdown(
  app: INestApplicationContext,
  timeoutMs: number,
  logger: Logger,
): void {
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  const arm = (signal: NodeJS.Signals) => {
    logger.info({ msg: `${signal} received, shutting down`, timeoutMs });
    setTimeout(() => {
      logger.error({ msg: 'shutdown timed out, exiting', timeoutMs });
      process.exit(1);
    }, timeoutMs).unref();
  };
  process.once('SIGTERM', arm);
  process.once('SIGINT', arm);
}
