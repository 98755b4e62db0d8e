import type { components, operations, webhooks } from './generated/openapi.js';

/** Every schema of the API, by its name in the OpenAPI document. */
export type Schemas = components['schemas'];

/** The query parameters of an operation, by its operationId. */
export type QueryOf<Id extends keyof operations> = NonNullable<
  operations[Id]['parameters']['query']
>;

/** The JSON body an operation takes, by its operationId. */
export type BodyOf<Id extends keyof operations> =
  NonNullable<operations[Id]['requestBody']> extends { content: { 'application/json': infer B } }
    ? B
    : never;

/** What the envelope of an operation's 200/201/202 answer carries in `data`. */
export type DataOf<Id extends keyof operations> = {
  [Status in keyof operations[Id]['responses']]: Status extends 200 | 201 | 202
    ? operations[Id]['responses'][Status] extends {
        content: { 'application/json': { data: infer D } };
      }
      ? D
      : never
    : never;
}[keyof operations[Id]['responses']];

export type Platform = Schemas['Platform'];
export type Environment = Schemas['Environment'];
export type Permission = Schemas['Permission'];
export type ErrorCode = Schemas['ErrorCode'];
export type ErrorDetail = Schemas['ErrorDetail'];

export type CreatorView = Schemas['CreatorView'];
export type CreatorProfile = Schemas['CreatorProfile'];
export type VideoView = Schemas['VideoView'];
export type StatsHistory = Schemas['StatsHistory'];
export type SyncStatusView = Schemas['SyncStatusView'];
export type ApiKeyView = Schemas['ApiKeyView'];
export type CreatedApiKey = Schemas['CreatedApiKey'];
export type OAuthClientView = Schemas['OAuthClientView'];
export type CreatedOAuthClient = Schemas['CreatedOAuthClient'];
export type RoleView = Schemas['RoleView'];
export type WebhookEndpointView = Schemas['WebhookEndpointView'];
export type CreatedWebhookEndpoint = Schemas['CreatedWebhookEndpoint'];
export type WebhookDeliveryView = Schemas['WebhookDeliveryView'];
export type AuditEventView = Schemas['AuditEventView'];
export type UsageReport = Schemas['UsageReport'];
export type WhoAmI = Schemas['WhoAmI'];
export type TokenResponse = Schemas['TokenResponse'];

/** A webhook's JSON body, one member per event type (narrow it on `type`). */
export type WebhookEvent = {
  [Type in keyof webhooks]: NonNullable<webhooks[Type]['post']['requestBody']> extends {
    content: { 'application/json': infer Body };
  }
    ? Body
    : never;
}[keyof webhooks];
