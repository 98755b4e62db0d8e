import { resolveTikTokConfig, TikTokClient } from '@tally/tiktok';
import type { Provider } from '@nestjs/common';
import type { CreatorsConfig } from '../config/creators.config.js';

/** The TikTok client: TikTok itself, or the sandbox when no TIKTOK_CLIENT_KEY is set. */
export function tiktokClientProvider(config: CreatorsConfig): Provider {
  const { upstream: _upstream, ...options } = resolveTikTokConfig(config);
  return { provide: TikTokClient, useValue: new TikTokClient(options) };
}
