import {
  CreatorsConnectComplete,
  CreatorsConnectStart,
  type ReceivedRequestOf,
  type ReplyOf,
} from '@tally/contracts';
import { Handles } from '@tally/nest-kit';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ConnectService } from './connect.service.js';

@Controller()
export class ConnectHandler {
  constructor(private readonly connect: ConnectService) {}

  @Handles(CreatorsConnectStart)
  start(
    @Payload() request: ReceivedRequestOf<typeof CreatorsConnectStart>,
  ): Promise<ReplyOf<typeof CreatorsConnectStart>> {
    return this.connect.start(request.principal, request.input);
  }

  @Handles(CreatorsConnectComplete)
  complete(
    @Payload() request: ReceivedRequestOf<typeof CreatorsConnectComplete>,
  ): Promise<ReplyOf<typeof CreatorsConnectComplete>> {
    return this.connect.complete(request);
  }
}
