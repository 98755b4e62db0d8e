// The package's public surface: the client, its errors, webhook verification and the API's types.
export { Tally } from './tally.js';
export type {
  ApiKeyOptions,
  ClientCredentialsOptions,
  RequestOptions,
  TallyOptions,
} from './options.js';
export type { RetryEvent } from './http/send-with-retries.js';
export { TallyError, type TallyErrorCode } from './errors/tally-error.js';
export { Paginated, type Page } from './pagination/paginated.js';
export { verifyWebhook, type VerifyWebhookOptions } from './webhooks/verify-webhook.js';
export type { WebhookHeaders } from './webhooks/webhook-headers.js';
export { WebhookVerificationError } from './webhooks/webhook-verification-error.js';
export type * from './types.js';
export type { ConnectPlatform, StartConnectInput } from './resources/connect.js';
export type {
  CreatorsListQuery,
  CreatorVideosQuery,
  StatsHistoryQuery,
} from './resources/creators.js';
export type {
  CreateKeyInput,
  KeysListQuery,
  RollKeyInput,
  UpdateKeyInput,
} from './resources/keys.js';
export type {
  CreateOAuthClientInput,
  OAuthClientsListQuery,
  UpdateOAuthClientInput,
} from './resources/oauth-clients.js';
export type { CreateRoleInput } from './resources/roles.js';
export type {
  CreateServiceUserInput,
  ServiceUsersListQuery,
  ServiceUserView,
  UpdateServiceUserInput,
} from './resources/service-users.js';
export type { MemberView, MembersListQuery, UpdateMemberInput } from './resources/members.js';
export type {
  CreateInvitationInput,
  InvitationsListQuery,
  InvitationView,
} from './resources/invitations.js';
export type {
  CreateWebhookEndpointInput,
  RotateWebhookSecretInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveriesQuery,
  WebhookEndpointsListQuery,
} from './resources/webhook-endpoints.js';
export type { AuditEventsQuery } from './resources/audit-events.js';
export type { UsageQuery } from './resources/usage.js';
export type { ResourceLookup } from './resources/resources.js';
export type { components, operations, paths, webhooks } from './generated/openapi.js';
