import { CreatorsSubjects, PingReply } from '@tally/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';

@Controller()
export class PingHandler {
  @MessagePattern(CreatorsSubjects.ping)
  ping(): PingReply {
    return { service: 'creators', status: 'ok' };
  }
}
