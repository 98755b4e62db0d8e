import {
  type CreatedWebhookEndpoint,
  type CreateWebhookEndpointInput,
  MAX_WEBHOOK_ENDPOINTS,
  type PageRequest,
  type PageResult,
  type Principal,
  type RotatedWebhookSecret,
  type RotateWebhookSecretInput,
  type SentTestEvent,
  type UpdateWebhookEndpointInput,
  type WebhookEndpointView,
} from '@tally/contracts';
import { TokenCipher } from '@tally/nest-kit';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { WebhooksConfig } from '../config/webhooks.config.js';
import { WEBHOOKS_CONFIG } from '../config/webhooks.tokens.js';
import { DeliveryQueue } from '../deliveries/delivery-queue.js';
import { checkEndpointUrl } from '../urls/endpoint-url-policy.js';
import { endpointNotFound, tooManyEndpoints, urlRefused } from './endpoint-errors.js';
import { type EndpointRow, toEndpointView } from './endpoint-rows.js';
import { EndpointsRepository } from './endpoints.repository.js';
import { newSigningSecret, secretStartOf } from './signing-secret.js';

const TEST_MESSAGE = 'A test event from Tally: your endpoint is reachable and verifies signatures.';

/**
 * An account's webhook endpoints. Secrets are shown once, when made, and
 * stored sealed (bound to the endpoint's id); every read and change is scoped
 * to the caller's account, and another account's endpoint is not found.
 */
@Injectable()
export class EndpointsService {
  constructor(
    @Inject(WEBHOOKS_CONFIG) private readonly config: WebhooksConfig,
    private readonly endpoints: EndpointsRepository,
    private readonly cipher: TokenCipher,
    private readonly deliveries: DeliveryQueue,
  ) {}

  async create(
    principal: Principal,
    input: CreateWebhookEndpointInput,
  ): Promise<CreatedWebhookEndpoint> {
    await this.assertAllowedUrl(input.url);
    const id = randomUUID();
    const secret = newSigningSecret();
    const row = await this.endpoints.withAccountLock(principal.accountId, async (manager) => {
      const count = await this.endpoints.countForAccount(principal.accountId, manager);
      if (count >= MAX_WEBHOOK_ENDPOINTS) throw tooManyEndpoints();
      return this.endpoints.insert(
        {
          id,
          accountId: principal.accountId,
          url: input.url,
          events: unique(input.events),
          description: input.description ?? null,
          enabled: input.enabled ?? true,
          secret: this.cipher.seal(secret, id),
          secretStart: secretStartOf(secret),
        },
        manager,
      );
    });
    return { ...toEndpointView(row), secret };
  }

  list(principal: Principal, page: PageRequest): Promise<PageResult<WebhookEndpointView>> {
    return this.endpoints.page(principal.accountId, page);
  }

  async get(principal: Principal, endpointId: string): Promise<WebhookEndpointView> {
    return toEndpointView(await this.owned(principal, endpointId));
  }

  async update(
    principal: Principal,
    endpointId: string,
    input: UpdateWebhookEndpointInput,
  ): Promise<WebhookEndpointView> {
    // Not found before refused: another account's endpoint says nothing about its url.
    await this.owned(principal, endpointId);
    if (input.url !== undefined) await this.assertAllowedUrl(input.url);
    const row = await this.endpoints.update(principal.accountId, endpointId, {
      url: input.url,
      events: input.events === undefined ? undefined : unique(input.events),
      description: input.description,
      enabled: input.enabled,
    });
    if (!row) throw endpointNotFound();
    return toEndpointView(row);
  }

  async delete(principal: Principal, endpointId: string): Promise<{ deleted: true }> {
    if (!(await this.endpoints.delete(principal.accountId, endpointId))) throw endpointNotFound();
    return { deleted: true };
  }

  async rotateSecret(
    principal: Principal,
    endpointId: string,
    input: RotateWebhookSecretInput,
  ): Promise<RotatedWebhookSecret> {
    const secret = newSigningSecret();
    const row = await this.endpoints.rotateSecret(principal.accountId, endpointId, {
      // Bound to the id as the database spells it, which is what a delivery opens it with.
      secret: this.cipher.seal(secret, endpointId.toLowerCase()),
      secretStart: secretStartOf(secret),
      graceHours: input.graceHours,
    });
    if (!row) throw endpointNotFound();
    return { secret, previousSecretExpiresAt: row.previousSecretExpiresAt?.toISOString() ?? null };
  }

  /** Records a `webhook.test` event for this endpoint alone and queues its delivery. */
  async sendTest(principal: Principal, endpointId: string): Promise<SentTestEvent> {
    const recorded = await this.endpoints.recordTestEvent(principal.accountId, endpointId, {
      id: randomUUID(),
      data: { endpointId: endpointId.toLowerCase(), message: TEST_MESSAGE },
    });
    if (!recorded) throw endpointNotFound();
    await this.deliveries.enqueue([recorded.deliveryId]);
    return recorded;
  }

  private async owned(principal: Principal, endpointId: string): Promise<EndpointRow> {
    const row = await this.endpoints.find(principal.accountId, endpointId);
    if (!row) throw endpointNotFound();
    return row;
  }

  private async assertAllowedUrl(url: string): Promise<void> {
    const check = await checkEndpointUrl(url, {
      allowPrivate: this.config.WEBHOOK_ALLOW_PRIVATE_URLS,
    });
    if (!check.ok) throw urlRefused(check.reason);
  }
}

function unique(events: readonly string[]): string[] {
  return [...new Set(events)];
}
