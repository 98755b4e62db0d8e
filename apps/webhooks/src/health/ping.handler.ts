import { type ReplyOf, WebhooksPing } from '@tally/contracts';
import { Handles } from '@tally/nest-kit';
import { Controller } from '@nestjs/common';

@Controller()
export class PingHandler {
  @Handles(WebhooksPing)
  ping(): ReplyOf<typeof WebhooksPing> {
    return { service: 'webhooks', status: 'ok' };
  }
}
