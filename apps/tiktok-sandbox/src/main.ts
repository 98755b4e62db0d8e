import { createLogger, runMain } from '@tally/nest-kit';
import { loadSandboxConfig } from './config/sandbox.config.js';
import { buildSandbox } from './sandbox.app.js';

runMain('tiktok-sandbox', async () => {
  const config = loadSandboxConfig();
  const logger = createLogger({ service: 'tiktok-sandbox', level: config.LOG_LEVEL });
  const app = await buildSandbox();
  await app.listen({ port: config.TIKTOK_SANDBOX_PORT, host: config.TIKTOK_SANDBOX_HOST });
  logger.info({ msg: 'tiktok-sandbox listening', port: config.TIKTOK_SANDBOX_PORT });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info({ msg: `${signal} received, shutting down` });
      void app.close().then(() => process.exit(0));
    });
  }
});
