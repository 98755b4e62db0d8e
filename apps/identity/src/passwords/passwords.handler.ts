import {
  IdentityPasswordsChange,
  IdentityPasswordsCompleteReset,
  IdentityPasswordsRequestReset,
  type ReceivedRequestOf,
  type ReplyOf,
} from '@tally/contracts';
import { Handles } from '@tally/nest-kit';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { PasswordsService } from './passwords.service.js';

@Controller()
export class PasswordsHandler {
  constructor(private readonly passwords: PasswordsService) {}

  @Handles(IdentityPasswordsChange)
  change(
    @Payload() request: ReceivedRequestOf<typeof IdentityPasswordsChange>,
  ): Promise<ReplyOf<typeof IdentityPasswordsChange>> {
    return this.passwords.change(request.principal, request.input);
  }

  @Handles(IdentityPasswordsRequestReset)
  requestReset(
    @Payload() request: ReceivedRequestOf<typeof IdentityPasswordsRequestReset>,
  ): Promise<ReplyOf<typeof IdentityPasswordsRequestReset>> {
    return this.passwords.requestReset(request.input.email, request.ip);
  }

  @Handles(IdentityPasswordsCompleteReset)
  completeReset(
    @Payload() request: ReceivedRequestOf<typeof IdentityPasswordsCompleteReset>,
  ): Promise<ReplyOf<typeof IdentityPasswordsCompleteReset>> {
    return this.passwords.completeReset(request.input);
  }
}
