import { IdentityRevocationsSince, type ReceivedRequestOf, type ReplyOf } from '@tally/contracts';
import { Handles } from '@tally/nest-kit';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RevocationsService } from './revocations.service.js';

@Controller()
export class RevocationsHandler {
  constructor(private readonly revocations: RevocationsService) {}

  @Handles(IdentityRevocationsSince)
  since(
    @Payload() request: ReceivedRequestOf<typeof IdentityRevocationsSince>,
  ): Promise<ReplyOf<typeof IdentityRevocationsSince>> {
    return this.revocations.since(request.after);
  }
}
