import { TikTokClient } from '@tally/tiktok';
import type { Provider } from '@nestjs/common';
import { SyncWorkerConfig } from '../config/sync-worker.config.js';
import { SYNC_WORKER_CONFIG } from '../config/sync-worker.tokens.js';

/** The TikTok client: TikTok itself with TIKTOK_CLIENT_KEY set, otherwise the sandbox. */
export const tiktokClientProvider: Provider = {
  provide: TikTokClient,
  useFactory: (config: SyncWorkerConfig) => new TikTokClient(config.tiktok),
  inject: [SYNC_WORKER_CONFIG],
};
