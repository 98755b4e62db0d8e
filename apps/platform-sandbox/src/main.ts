import { createLogger, runMain } from '@tally/nest-kit';
import {
  instagramSettingsFrom,
  loadPlatformsConfig,
  youtubeSettingsFrom,
} from './config/platforms.config.js';
import { loadSandboxConfig, sandboxSettingsFrom } from './config/sandbox.config.js';
import { buildSandbox } from './sandbox.app.js';

runMain('platform-sandbox', async () => {
  const config = loadSandboxConfig();
  const logger = createLogger({ service: 'platform-sandbox', level: config.LOG_LEVEL });
  const settings = sandboxSettingsFrom(config);
  const platforms = loadPlatformsConfig();
  const app = await buildSandbox({
    settings,
    instagram: instagramSettingsFrom(platforms),
    youtube: youtubeSettingsFrom(platforms),
  });
  await app.listen({ port: config.TIKTOK_SANDBOX_PORT, host: config.TIKTOK_SANDBOX_HOST });
  logger.info({
    msg: 'platform-sandbox listening',
    port: config.TIKTOK_SANDBOX_PORT,
    clientKey: settings.clientKey,
    redirectUris: settings.redirectUris,
    autoApprove: settings.autoApprove,
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info({ msg: `${signal} received, shutting down` });
      void app.close().then(() => process.exit(0));
    });
  }
});
