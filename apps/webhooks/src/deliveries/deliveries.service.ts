import type { PageRequest, PageResult, Principal, WebhookDeliveryView } from '@tally/contracts';
import { Injectable } from '@nestjs/common';
import { endpointNotFound } from '../endpoints/endpoint-errors.js';
import { DeliveriesRepository } from './deliveries.repository.js';
import { alreadyDelivered, deliveryNotFound, endpointDisabled } from './delivery-errors.js';
import { DeliveryQueue } from './delivery-queue.js';

/** The delivery log of an account's endpoints, and its retries; every read is scoped to the caller's account. */
@Injectable()
export class DeliveriesService {
  constructor(
    private readonly deliveries: DeliveriesRepository,
    private readonly queue: DeliveryQueue,
  ) {}

  async list(
    principal: Principal,
    endpointId: string,
    page: PageRequest,
  ): Promise<PageResult<WebhookDeliveryView>> {
    await this.endpointOf(principal, endpointId);
    return this.deliveries.page(endpointId, page);
  }

  /** A failed or pending delivery is sent again now; its attempts keep counting. */
  async retry(
    principal: Principal,
    endpointId: string,
    deliveryId: string,
  ): Promise<WebhookDeliveryView> {
    const endpoint = await this.endpointOf(principal, endpointId);
    const delivery = await this.deliveries.find(endpointId, deliveryId);
    if (!delivery) throw deliveryNotFound();
    if (delivery.status === 'delivered') throw alreadyDelivered();
    if (!endpoint.enabled) throw endpointDisabled();
    const requeued = await this.deliveries.requeue(endpointId, deliveryId);
    if (!requeued) throw deliveryNotFound();
    if (requeued.status === 'delivered') throw alreadyDelivered();
    // Were Redis to lose this, the sweeper queues the delivery again: it is pending and due.
    await this.queue.sendAgain(deliveryId);
    return requeued;
  }

  private async endpointOf(principal: Principal, endpointId: string) {
    const endpoint = await this.deliveries.endpointState(principal.accountId, endpointId);
    if (!endpoint) throw endpointNotFound();
    return endpoint;
  }
}
