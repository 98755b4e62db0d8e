import { IdentitySubjects, PingReply } from '@tally/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';

@Controller()
export class PingHandler {
  @MessagePattern(IdentitySubjects.ping)
  ping(): PingReply {
    return { service: 'identity', status: 'ok' };
  }
}
