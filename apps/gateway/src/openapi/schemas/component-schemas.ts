import type { SchemaObject } from '@nestjs/swagger';
import { auditEventViewSchema } from './audit.schemas.js';
import {
  connectStartedSchema,
  creatorProfileSchema,
  creatorStatusSchema,
  creatorViewSchema,
  disconnectedSchema,
  platformSchema,
  resourceMatchSchema,
  resourceSearchResultSchema,
  statsHistorySchema,
  syncFinishedSchema,
  syncPendingSchema,
  syncStatusViewSchema,
  videoViewSchema,
} from './creator.schemas.js';
import {
  errorCodeSchema,
  errorDetailSchema,
  errorEnvelopeSchema,
  successEnvelopeSchema,
} from './envelope.schemas.js';
import { accountSchema, userSchema, whoAmISchema } from './identity.schemas.js';
import { apiKeyViewSchema, createdApiKeySchema } from './key.schemas.js';
import {
  authorizationServerMetadataSchema,
  createdOAuthClientSchema,
  introspectionResponseSchema,
  jwksSchema,
  oauthClientViewSchema,
  oauthErrorSchema,
  tokenFormSchema,
  tokenRequestSchema,
  tokenResponseSchema,
} from './oauth.schemas.js';
import { pageSchema } from './page.schemas.js';
import { environmentSchema, permissionSchema } from './permission.schemas.js';
import { platformPingSchema } from './ping.schemas.js';
import { roleViewSchema } from './role.schemas.js';
import { logoutResultSchema, sessionSchema } from './session.schemas.js';
import { usageReportSchema } from './usage.schemas.js';

export type ComponentSchemaName =
  | 'SuccessEnvelope'
  | 'ErrorEnvelope'
  | 'ErrorDetail'
  | 'ErrorCode'
  | 'Page'
  | 'Permission'
  | 'Environment'
  | 'Account'
  | 'User'
  | 'WhoAmI'
  | 'Session'
  | 'LogoutResult'
  | 'ApiKeyView'
  | 'CreatedApiKey'
  | 'RoleView'
  | 'AuditEventView'
  | 'PlatformPing'
  | 'OAuthClientView'
  | 'CreatedOAuthClient'
  | 'OAuthError'
  | 'TokenResponse'
  | 'IntrospectionResponse'
  | 'Jwks'
  | 'OAuthTokenRequest'
  | 'OAuthTokenForm'
  | 'AuthorizationServerMetadata'
  | 'Platform'
  | 'CreatorStatus'
  | 'CreatorView'
  | 'CreatorProfile'
  | 'StatsHistory'
  | 'VideoView'
  | 'SyncFinished'
  | 'SyncPending'
  | 'SyncStatusView'
  | 'ConnectStarted'
  | 'Disconnected'
  | 'ResourceMatch'
  | 'ResourceSearchResult'
  | 'UsageReport';

/** The named shapes of the document, under `#/components/schemas`. */
export const COMPONENT_SCHEMAS: Record<ComponentSchemaName, SchemaObject> = {
  SuccessEnvelope: successEnvelopeSchema,
  ErrorEnvelope: errorEnvelopeSchema,
  ErrorDetail: errorDetailSchema,
  ErrorCode: errorCodeSchema,
  Page: pageSchema,
  Permission: permissionSchema,
  Environment: environmentSchema,
  Account: accountSchema,
  User: userSchema,
  WhoAmI: whoAmISchema,
  Session: sessionSchema,
  LogoutResult: logoutResultSchema,
  ApiKeyView: apiKeyViewSchema,
  CreatedApiKey: createdApiKeySchema,
  RoleView: roleViewSchema,
  AuditEventView: auditEventViewSchema,
  PlatformPing: platformPingSchema,
  OAuthClientView: oauthClientViewSchema,
  CreatedOAuthClient: createdOAuthClientSchema,
  OAuthError: oauthErrorSchema,
  TokenResponse: tokenResponseSchema,
  IntrospectionResponse: introspectionResponseSchema,
  Jwks: jwksSchema,
  OAuthTokenRequest: tokenRequestSchema,
  OAuthTokenForm: tokenFormSchema,
  AuthorizationServerMetadata: authorizationServerMetadataSchema,
  Platform: platformSchema,
  CreatorStatus: creatorStatusSchema,
  CreatorView: creatorViewSchema,
  CreatorProfile: creatorProfileSchema,
  StatsHistory: statsHistorySchema,
  VideoView: videoViewSchema,
  SyncFinished: syncFinishedSchema,
  SyncPending: syncPendingSchema,
  SyncStatusView: syncStatusViewSchema,
  ConnectStarted: connectStartedSchema,
  Disconnected: disconnectedSchema,
  ResourceMatch: resourceMatchSchema,
  ResourceSearchResult: resourceSearchResultSchema,
  UsageReport: usageReportSchema,
};
