import { IdentityPing, type ReplyOf } from '@tally/contracts';
import { Handles } from '@tally/nest-kit';
import { Controller } from '@nestjs/common';

@Controller()
export class PingHandler {
  @Handles(IdentityPing)
  ping(): ReplyOf<typeof IdentityPing> {
    return { service: 'identity', status: 'ok' };
  }
}
