import {
  CreatedWebhookEndpoint,
  CreatedWebhookEndpointSchema,
  CreateWebhookEndpointInput,
  MAX_WEBHOOK_ENDPOINTS,
  Page,
  pageOf,
  PageQueryInput,
  Principal,
  RotatedWebhookSecret,
  RotatedWebhookSecretSchema,
  RotateWebhookSecretInput,
  SentTestEvent,
  SentTestEventSchema,
  UpdateWebhookEndpointInput,
  WebhookDeliveryView,
  WebhookDeliveryViewSchema,
  WebhookEndpointView,
  WebhookEndpointViewSchema,
} from '@tally/contracts';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { z } from 'zod';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators.js';
import { PublicApi } from '../http/public-api.decorator.js';
import { OptionalBody } from '../http/optional-body.js';
import { ApiRoute } from '../openapi/index.js';
import { CURSOR_CODEC, CursorCodec } from '../pagination/cursor-codec.js';
import { IdPipe } from '../validation/id.pipe.js';
import { WebhooksClient } from './webhooks.client.js';

const TAGS = ['Webhooks'];
const ENDPOINT_ID = "The endpoint's id.";
const NOT_FOUND = {
  status: 404,
  description: 'No such endpoint in the account (also for another account’s endpoint).',
} as const;
const URL_REFUSED = {
  status: 400,
  description:
    'The body is invalid, or the `url` is refused (`validation_failed` naming `url`, with why): not `https`, or its host is, or resolves to, a loopback, private, link-local or metadata address.',
} as const;

export const DeletedWebhookEndpointSchema = z
  .object({ deleted: z.literal(true) })
  .describe('The endpoint and its delivery log are gone.');

@Controller('api/v1/webhook-endpoints')
@PublicApi()
export class WebhooksController {
  constructor(
    private readonly webhooks: WebhooksClient,
    @Inject(CURSOR_CODEC) private readonly cursors: CursorCodec,
  ) {}

  @Post()
  @RequirePermission('webhooks:write')
  @ApiRoute({
    summary: 'Create a webhook endpoint',
    description: `Tally POSTs the events the endpoint subscribes to (\`*\` for all), signed per Standard Webhooks. The answer is the only time the signing \`secret\` is shown: store it now. At most ${MAX_WEBHOOK_ENDPOINTS} endpoints per account.`,
    tags: TAGS,
    response: CreatedWebhookEndpointSchema,
    errors: [
      URL_REFUSED,
      {
        status: 409,
        description: `\`conflict\`: the account already has ${MAX_WEBHOOK_ENDPOINTS} endpoints.`,
      },
      503,
      504,
    ],
  })
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() input: CreateWebhookEndpointInput,
  ): Promise<CreatedWebhookEndpoint> {
    return this.webhooks.createEndpoint(principal, input);
  }

  @Get()
  @RequirePermission('webhooks:read')
  @ApiRoute({
    summary: 'List webhook endpoints',
    description: 'Newest first; secrets are never shown, only their `secretStart`.',
    tags: TAGS,
    response: pageOf(WebhookEndpointViewSchema),
    errors: [503, 504],
  })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: PageQueryInput,
  ): Promise<Page<WebhookEndpointView>> {
    return this.cursors.toPage(
      await this.webhooks.listEndpoints(principal, this.cursors.toRequest(query)),
    );
  }

  @Get(':id')
  @RequirePermission('webhooks:read')
  @ApiRoute({
    summary: 'Get a webhook endpoint',
    tags: TAGS,
    response: WebhookEndpointViewSchema,
    params: { id: ENDPOINT_ID },
    errors: [NOT_FOUND, 503, 504],
  })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
  ): Promise<WebhookEndpointView> {
    return this.webhooks.getEndpoint(principal, id);
  }

  @Patch(':id')
  @RequirePermission('webhooks:write')
  @ApiRoute({
    summary: 'Change a webhook endpoint',
    description:
      'Changes the fields sent; a new `url` is checked as at creation. Enabling an endpoint that Tally disabled (a 410, or 5 days of failures) clears `disabledReason` and starts its failures afresh.',
    tags: TAGS,
    response: WebhookEndpointViewSchema,
    params: { id: ENDPOINT_ID },
    errors: [URL_REFUSED, NOT_FOUND, 503, 504],
  })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
    @Body() input: UpdateWebhookEndpointInput,
  ): Promise<WebhookEndpointView> {
    return this.webhooks.updateEndpoint(principal, id, input);
  }

  @Delete(':id')
  @RequirePermission('webhooks:write')
  @ApiRoute({
    summary: 'Delete a webhook endpoint',
    description: 'Nothing more is sent to it; its delivery log is deleted with it.',
    tags: TAGS,
    response: DeletedWebhookEndpointSchema,
    params: { id: ENDPOINT_ID },
    errors: [NOT_FOUND, 503, 504],
  })
  delete(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
  ): Promise<{ deleted: true }> {
    return this.webhooks.deleteEndpoint(principal, id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @OptionalBody()
  @RequirePermission('webhooks:write')
  @ApiRoute({
    summary: "Rotate a webhook endpoint's signing secret",
    description:
      'A new secret, shown this once. Until `previousSecretExpiresAt` every delivery carries a signature with each secret (space-separated in `webhook-signature`), so receivers can switch at their pace; `graceHours: 0` drops the old secret at once.',
    tags: TAGS,
    response: RotatedWebhookSecretSchema,
    params: { id: ENDPOINT_ID },
    errors: [NOT_FOUND, 503, 504],
  })
  rotateSecret(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
    @Body() input: RotateWebhookSecretInput,
  ): Promise<RotatedWebhookSecret> {
    return this.webhooks.rotateSecret(principal, id, input);
  }

  @Post(':id/test')
  @HttpCode(202)
  @OptionalBody()
  @RequirePermission('webhooks:write')
  @ApiRoute({
    summary: 'Send a test event to a webhook endpoint',
    description:
      'Queues a `webhook.test` event for this endpoint alone, delivered like any other event; follow it in the delivery log.',
    tags: TAGS,
    response: SentTestEventSchema,
    params: { id: ENDPOINT_ID },
    errors: [NOT_FOUND, 503, 504],
  })
  sendTest(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
  ): Promise<SentTestEvent> {
    return this.webhooks.sendTest(principal, id);
  }

  @Get(':id/deliveries')
  @RequirePermission('webhooks:read')
  @ApiRoute({
    summary: "List a webhook endpoint's deliveries",
    description:
      'Newest first, kept 30 days: each event sent to the endpoint, its status, attempts, the last answer (status, duration, first 1 KB of the body) and the next attempt.',
    tags: TAGS,
    response: pageOf(WebhookDeliveryViewSchema),
    params: { id: ENDPOINT_ID },
    errors: [NOT_FOUND, 503, 504],
  })
  async deliveries(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
    @Query() query: PageQueryInput,
  ): Promise<Page<WebhookDeliveryView>> {
    return this.cursors.toPage(
      await this.webhooks.listDeliveries(principal, id, this.cursors.toRequest(query)),
    );
  }

  @Post(':id/deliveries/:deliveryId/retry')
  @HttpCode(202)
  @OptionalBody()
  @RequirePermission('webhooks:write')
  @ApiRoute({
    summary: 'Retry a webhook delivery',
    description:
      'Queues the delivery again now, with the same event and so the same `webhook-id`: receivers that already have it can tell.',
    tags: TAGS,
    response: WebhookDeliveryViewSchema,
    params: { id: ENDPOINT_ID, deliveryId: "The delivery's id." },
    errors: [
      { status: 404, description: 'No such endpoint in the account, or no such delivery of it.' },
      503,
      504,
    ],
  })
  retryDelivery(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
    @Param('deliveryId', IdPipe) deliveryId: string,
  ): Promise<WebhookDeliveryView> {
    return this.webhooks.retryDelivery(principal, id, deliveryId);
  }
}
