import {
  CreatorsConnectComplete,
  CreatorsConnectStart,
  CreatorsRedirectUrlsGet,
  CreatorsRedirectUrlsReplace,
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
    return this.connect.start(
      request.principal,
      request.platform,
      request.input,
      request.openerOrigin,
    );
  }

  @Handles(CreatorsConnectComplete)
  complete(
    @Payload() request: ReceivedRequestOf<typeof CreatorsConnectComplete>,
  ): Promise<ReplyOf<typeof CreatorsConnectComplete>> {
    return this.connect.complete(request);
  }

  @Handles(CreatorsRedirectUrlsGet)
  redirectUrls(
    @Payload() request: ReceivedRequestOf<typeof CreatorsRedirectUrlsGet>,
  ): Promise<ReplyOf<typeof CreatorsRedirectUrlsGet>> {
    return this.connect.redirectUrls.get(request.principal);
  }

  @Handles(CreatorsRedirectUrlsReplace)
  replaceRedirectUrls(
    @Payload() request: ReceivedRequestOf<typeof CreatorsRedirectUrlsReplace>,
  ): Promise<ReplyOf<typeof CreatorsRedirectUrlsReplace>> {
    return this.connect.redirectUrls.replace(request.principal, request.input);
  }
}
