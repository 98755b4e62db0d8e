import { TikTokClient } from '@tally/tiktok';
import { Module } from '@nestjs/common';
import { tiktokClientProvider } from './tiktok.providers.js';

@Module({
  providers: [tiktokClientProvider],
  exports: [TikTokClient],
})
export class TikTokModule {}
