import {
  type ReceivedRequestOf,
  type ReplyOf,
  WebhooksListDeliveries,
  WebhooksRetryDelivery,
} from '@tally/contracts';
import { Handles } from '@tally/nest-kit';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DeliveriesService } from './deliveries.service.js';

@Controller()
export class DeliveriesHandler {
  constructor(private readonly deliveries: DeliveriesService) {}

  @Handles(WebhooksListDeliveries)
  list(
    @Payload() request: ReceivedRequestOf<typeof WebhooksListDeliveries>,
  ): Promise<ReplyOf<typeof WebhooksListDeliveries>> {
    return this.deliveries.list(request.principal, request.endpointId, request.page);
  }

  @Handles(WebhooksRetryDelivery)
  retry(
    @Payload() request: ReceivedRequestOf<typeof WebhooksRetryDelivery>,
  ): Promise<ReplyOf<typeof WebhooksRetryDelivery>> {
    return this.deliveries.retry(request.principal, request.endpointId, request.deliveryId);
  }
}
