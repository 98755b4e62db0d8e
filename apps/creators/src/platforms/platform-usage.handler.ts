import { CreatorsPlatformUsage, type ReplyOf } from '@tally/contracts';
import { Handles } from '@tally/nest-kit';
import { Controller } from '@nestjs/common';
import { PlatformUsageService } from './platform-usage.service.js';

@Controller()
export class PlatformUsageHandler {
  constructor(private readonly usage: PlatformUsageService) {}

  @Handles(CreatorsPlatformUsage)
  report(): Promise<ReplyOf<typeof CreatorsPlatformUsage>> {
    return this.usage.report();
  }
}
