import { CreatorsPing, type ReplyOf } from '@tally/contracts';
import { Handles } from '@tally/nest-kit';
import { Controller } from '@nestjs/common';

@Controller()
export class PingHandler {
  @Handles(CreatorsPing)
  ping(): ReplyOf<typeof CreatorsPing> {
    return { service: 'creators', status: 'ok' };
  }
}
