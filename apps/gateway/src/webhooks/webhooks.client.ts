import {
  type CreateWebhookEndpointInput,
  type PageRequest,
  type Principal,
  type ReplyOf,
  type RotateWebhookSecretInput,
  type UpdateWebhookEndpointInput,
  WebhooksCreateEndpoint,
  WebhooksDeleteEndpoint,
  WebhooksGetEndpoint,
  WebhooksListDeliveries,
  WebhooksListEndpoints,
  WebhooksRetryDelivery,
  WebhooksRotateSecret,
  WebhooksSendTest,
  WebhooksUpdateEndpoint,
} from '@tally/contracts';
import { ServiceClient } from '@tally/nest-kit';
import { Injectable } from '@nestjs/common';

/**
 * How long to wait for a create or an update: the webhooks service resolves
 * the URL's host to vet its addresses, which may take a while when DNS is slow.
 */
export const URL_CHECK_TIMEOUT_MS = 15_000;

/** The webhooks service as the gateway sees it: one typed method per declared message. */
@Injectable()
export class WebhooksClient {
  constructor(private readonly bus: ServiceClient) {}

  createEndpoint(
    principal: Principal,
    input: CreateWebhookEndpointInput,
  ): Promise<ReplyOf<typeof WebhooksCreateEndpoint>> {
    return this.bus.request(
      WebhooksCreateEndpoint,
      { principal, input },
      { timeoutMs: URL_CHECK_TIMEOUT_MS },
    );
  }

  listEndpoints(
    principal: Principal,
    page: PageRequest,
  ): Promise<ReplyOf<typeof WebhooksListEndpoints>> {
    return this.bus.request(WebhooksListEndpoints, { principal, page });
  }

  getEndpoint(
    principal: Principal,
    endpointId: string,
  ): Promise<ReplyOf<typeof WebhooksGetEndpoint>> {
    return this.bus.request(WebhooksGetEndpoint, { principal, endpointId });
  }

  updateEndpoint(
    principal: Principal,
    endpointId: string,
    input: UpdateWebhookEndpointInput,
  ): Promise<ReplyOf<typeof WebhooksUpdateEndpoint>> {
    return this.bus.request(
      WebhooksUpdateEndpoint,
      { principal, endpointId, input },
      { timeoutMs: URL_CHECK_TIMEOUT_MS },
    );
  }

  deleteEndpoint(
    principal: Principal,
    endpointId: string,
  ): Promise<ReplyOf<typeof WebhooksDeleteEndpoint>> {
    return this.bus.request(WebhooksDeleteEndpoint, { principal, endpointId });
  }

  rotateSecret(
    principal: Principal,
    endpointId: string,
    input: RotateWebhookSecretInput,
  ): Promise<ReplyOf<typeof WebhooksRotateSecret>> {
    return this.bus.request(WebhooksRotateSecret, { principal, endpointId, input });
  }

  sendTest(principal: Principal, endpointId: string): Promise<ReplyOf<typeof WebhooksSendTest>> {
    return this.bus.request(WebhooksSendTest, { principal, endpointId });
  }

  listDeliveries(
    principal: Principal,
    endpointId: string,
    page: PageRequest,
  ): Promise<ReplyOf<typeof WebhooksListDeliveries>> {
    return this.bus.request(WebhooksListDeliveries, { principal, endpointId, page });
  }

  retryDelivery(
    principal: Principal,
    endpointId: string,
    deliveryId: string,
  ): Promise<ReplyOf<typeof WebhooksRetryDelivery>> {
    return this.bus.request(WebhooksRetryDelivery, { principal, endpointId, deliveryId });
  }
}
