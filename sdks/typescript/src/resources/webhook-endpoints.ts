import type { Api } from '../api/api.js';
import { dataOf } from '../api/data-of.js';
import type { RequestOptions } from '../options.js';
import { Paginated } from '../pagination/paginated.js';
import type {
  BodyOf,
  DataOf,
  QueryOf,
  WebhookDeliveryView,
  WebhookEndpointView,
} from '../types.js';

export type WebhookEndpointsListQuery = QueryOf<'webhooks_list'>;
export type WebhookDeliveriesQuery = QueryOf<'webhooks_deliveries'>;
export type CreateWebhookEndpointInput = BodyOf<'webhooks_create'>;
export type UpdateWebhookEndpointInput = BodyOf<'webhooks_update'>;
export type RotateWebhookSecretInput = BodyOf<'webhooks_rotateSecret'>;

/** Where Tally POSTs its events: `/api/v1/webhook-endpoints`. */
export class WebhookEndpoints {
  constructor(private readonly api: Api) {}

  list(
    query: WebhookEndpointsListQuery = {},
    options?: RequestOptions,
  ): Paginated<WebhookEndpointView> {
    const { cursor, ...rest } = query;
    return new Paginated(
      (at) =>
        dataOf<'webhooks_list'>(
          this.api.client.GET('/api/v1/webhook-endpoints', {
            params: { query: { ...rest, cursor: at } },
            ...this.api.init(options),
          }),
        ),
      cursor,
    );
  }

  /** A new endpoint; its signing `secret` (for `verifyWebhook`) is shown this once. */
  create(
    input: CreateWebhookEndpointInput,
    options?: RequestOptions,
  ): Promise<DataOf<'webhooks_create'>> {
    return dataOf<'webhooks_create'>(
      this.api.client.POST('/api/v1/webhook-endpoints', {
        body: input,
        ...this.api.init(options),
      }),
    );
  }

  get(id: string, options?: RequestOptions): Promise<DataOf<'webhooks_get'>> {
    return dataOf<'webhooks_get'>(
      this.api.client.GET('/api/v1/webhook-endpoints/{id}', {
        params: { path: { id } },
        ...this.api.init(options),
      }),
    );
  }

  update(
    id: string,
    input: UpdateWebhookEndpointInput,
    options?: RequestOptions,
  ): Promise<DataOf<'webhooks_update'>> {
    return dataOf<'webhooks_update'>(
      this.api.client.PATCH('/api/v1/webhook-endpoints/{id}', {
        params: { path: { id } },
        body: input,
        ...this.api.init(options),
      }),
    );
  }

  /** Nothing more is sent to it; its delivery log goes with it. */
  delete(id: string, options?: RequestOptions): Promise<DataOf<'webhooks_delete'>> {
    return dataOf<'webhooks_delete'>(
      this.api.client.DELETE('/api/v1/webhook-endpoints/{id}', {
        params: { path: { id } },
        ...this.api.init(options),
      }),
    );
  }

  /** A new secret, shown once; the old one keeps signing for `graceHours` (24 by default). */
  rotateSecret(
    id: string,
    input?: RotateWebhookSecretInput,
    options?: RequestOptions,
  ): Promise<DataOf<'webhooks_rotateSecret'>> {
    return dataOf<'webhooks_rotateSecret'>(
      this.api.client.POST('/api/v1/webhook-endpoints/{id}/rotate-secret', {
        params: { path: { id } },
        body: input,
        ...this.api.init(options),
      }),
    );
  }

  /** Sends a `webhook.test` event to this endpoint alone. */
  test(id: string, options?: RequestOptions): Promise<DataOf<'webhooks_sendTest'>> {
    return dataOf<'webhooks_sendTest'>(
      this.api.client.POST('/api/v1/webhook-endpoints/{id}/test', {
        params: { path: { id } },
        ...this.api.init(options),
      }),
    );
  }

  /** The endpoint's delivery log (30 days), newest first. */
  deliveries(
    id: string,
    query: WebhookDeliveriesQuery = {},
    options?: RequestOptions,
  ): Paginated<WebhookDeliveryView> {
    const { cursor, ...rest } = query;
    return new Paginated(
      (at) =>
        dataOf<'webhooks_deliveries'>(
          this.api.client.GET('/api/v1/webhook-endpoints/{id}/deliveries', {
            params: { path: { id }, query: { ...rest, cursor: at } },
            ...this.api.init(options),
          }),
        ),
      cursor,
    );
  }

  /** Sends a delivery again now, with the same `webhook-id`. */
  retryDelivery(
    id: string,
    deliveryId: string,
    options?: RequestOptions,
  ): Promise<DataOf<'webhooks_retryDelivery'>> {
    return dataOf<'webhooks_retryDelivery'>(
      this.api.client.POST('/api/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/retry', {
        params: { path: { id, deliveryId } },
        ...this.api.init(options),
      }),
    );
  }
}
