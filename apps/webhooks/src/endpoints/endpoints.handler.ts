import {
  type ReceivedRequestOf,
  type ReplyOf,
  WebhooksCreateEndpoint,
  WebhooksDeleteEndpoint,
  WebhooksGetEndpoint,
  WebhooksListEndpoints,
  WebhooksRotateSecret,
  WebhooksSendTest,
  WebhooksUpdateEndpoint,
} from '@tally/contracts';
import { Handles } from '@tally/nest-kit';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { EndpointsService } from './endpoints.service.js';

@Controller()
export class EndpointsHandler {
  constructor(private readonly endpoints: EndpointsService) {}

  @Handles(WebhooksCreateEndpoint)
  create(
    @Payload() request: ReceivedRequestOf<typeof WebhooksCreateEndpoint>,
  ): Promise<ReplyOf<typeof WebhooksCreateEndpoint>> {
    return this.endpoints.create(request.principal, request.input);
  }

  @Handles(WebhooksListEndpoints)
  list(
    @Payload() request: ReceivedRequestOf<typeof WebhooksListEndpoints>,
  ): Promise<ReplyOf<typeof WebhooksListEndpoints>> {
    return this.endpoints.list(request.principal, request.page);
  }

  @Handles(WebhooksGetEndpoint)
  get(
    @Payload() request: ReceivedRequestOf<typeof WebhooksGetEndpoint>,
  ): Promise<ReplyOf<typeof WebhooksGetEndpoint>> {
    return this.endpoints.get(request.principal, request.endpointId);
  }

  @Handles(WebhooksUpdateEndpoint)
  update(
    @Payload() request: ReceivedRequestOf<typeof WebhooksUpdateEndpoint>,
  ): Promise<ReplyOf<typeof WebhooksUpdateEndpoint>> {
    return this.endpoints.update(request.principal, request.endpointId, request.input);
  }

  @Handles(WebhooksDeleteEndpoint)
  delete(
    @Payload() request: ReceivedRequestOf<typeof WebhooksDeleteEndpoint>,
  ): Promise<ReplyOf<typeof WebhooksDeleteEndpoint>> {
    return this.endpoints.delete(request.principal, request.endpointId);
  }

  @Handles(WebhooksRotateSecret)
  rotateSecret(
    @Payload() request: ReceivedRequestOf<typeof WebhooksRotateSecret>,
  ): Promise<ReplyOf<typeof WebhooksRotateSecret>> {
    return this.endpoints.rotateSecret(request.principal, request.endpointId, request.input);
  }

  @Handles(WebhooksSendTest)
  sendTest(
    @Payload() request: ReceivedRequestOf<typeof WebhooksSendTest>,
  ): Promise<ReplyOf<typeof WebhooksSendTest>> {
    return this.endpoints.sendTest(request.principal, request.endpointId);
  }
}
