import { z } from 'zod';
import { PingReplySchema, PingRequestSchema } from '../health/ping.js';
import { declareRequest } from '../messaging/declarations.js';
import { pageResultOf, PageRequestSchema } from '../pagination.js';
import { IdentitySubjects } from '../subjects.js';
import { AuditEventFilterSchema, AuditEventViewSchema } from './audit-messages.js';
import {
  LoginInputSchema,
  LogoutResultSchema,
  SessionCreatedSchema,
  SessionVerificationSchema,
  SignupInputSchema,
  WhoAmISchema,
} from './auth-messages.js';
import {
  CreatedOAuthClientSchema,
  CreateOAuthClientInputSchema,
  IntrospectionResponseSchema,
  JwksSchema,
  OAuthClientViewSchema,
  oauthOutcomeOf,
  RevocationsSchema,
  TokenQuestionSchema,
  TokenRequestSchema,
  TokenResponseSchema,
  TokenRevokedResponseSchema,
  UpdateOAuthClientInputSchema,
} from './oauth-messages.js';
import { PrincipalSchema } from './principal.js';
import { RevocationChangesSchema, RevocationsSinceRequestSchema } from './revocation-messages.js';
import { CreateRoleInputSchema, RoleViewSchema } from './role-messages.js';

export const IdentityPing = declareRequest(IdentitySubjects.ping, {
  request: PingRequestSchema,
  reply: PingReplySchema,
});

const ForPrincipal = z.strictObject({ principal: PrincipalSchema });

// Roles.

export const IdentityRolesList = declareRequest(IdentitySubjects.listRoles, {
  request: ForPrincipal,
  reply: z.array(RoleViewSchema),
});

export const IdentityRolesCreate = declareRequest(IdentitySubjects.createRole, {
  request: ForPrincipal.extend({ input: CreateRoleInputSchema }),
  reply: RoleViewSchema,
});

// Sign-up, sign-in and sessions.

export const IdentityAuthSignup = declareRequest(IdentitySubjects.signup, {
  request: z.strictObject({ input: SignupInputSchema, ip: z.string() }),
  reply: SessionCreatedSchema,
});

export const IdentityAuthLogin = declareRequest(IdentitySubjects.login, {
  // The caller's IP counts failed sign-ins per address.
  request: z.strictObject({ input: LoginInputSchema, ip: z.string() }),
  reply: SessionCreatedSchema,
});

// Any text: an unknown or malformed token is a verdict, not a refusal of the message.
const SessionToken = z.strictObject({ sessionToken: z.string() });

export const IdentityAuthLogout = declareRequest(IdentitySubjects.logout, {
  request: SessionToken,
  reply: LogoutResultSchema,
});

export const IdentitySessionsVerify = declareRequest(IdentitySubjects.verifySession, {
  request: SessionToken,
  reply: SessionVerificationSchema,
});

export const IdentityUsersMe = declareRequest(IdentitySubjects.whoAmI, {
  request: ForPrincipal,
  reply: WhoAmISchema,
});

// Audit log.

export const IdentityAuditEventsList = declareRequest(IdentitySubjects.listAuditEvents, {
  request: ForPrincipal.extend({ page: PageRequestSchema, filter: AuditEventFilterSchema }),
  reply: pageResultOf(AuditEventViewSchema),
});

// OAuth clients and tokens.

export const IdentityOAuthClientsCreate = declareRequest(IdentitySubjects.createOAuthClient, {
  request: ForPrincipal.extend({ input: CreateOAuthClientInputSchema }),
  reply: CreatedOAuthClientSchema,
});

export const IdentityOAuthClientsList = declareRequest(IdentitySubjects.listOAuthClients, {
  request: ForPrincipal.extend({ page: PageRequestSchema }),
  reply: pageResultOf(OAuthClientViewSchema),
});

export const IdentityOAuthClientsRevoke = declareRequest(IdentitySubjects.revokeOAuthClient, {
  // The gateway's id pipe checks the shape only (any hex UUID), as here.
  request: ForPrincipal.extend({ id: z.guid() }),
  reply: OAuthClientViewSchema,
});

export const IdentityOAuthClientsUpdate = declareRequest(IdentitySubjects.updateOAuthClient, {
  request: ForPrincipal.extend({ id: z.guid(), input: UpdateOAuthClientInputSchema }),
  reply: OAuthClientViewSchema,
});

export const IdentityOAuthToken = declareRequest(IdentitySubjects.issueToken, {
  request: TokenRequestSchema,
  reply: oauthOutcomeOf(TokenResponseSchema),
});

export const IdentityOAuthIntrospect = declareRequest(IdentitySubjects.introspectToken, {
  request: TokenQuestionSchema,
  reply: oauthOutcomeOf(IntrospectionResponseSchema),
});

export const IdentityOAuthRevoke = declareRequest(IdentitySubjects.revokeToken, {
  request: TokenQuestionSchema,
  reply: oauthOutcomeOf(TokenRevokedResponseSchema),
});

export const IdentityOAuthJwks = declareRequest(IdentitySubjects.jwks, {
  request: z.strictObject({}),
  reply: JwksSchema,
});

/** Answered for gateways that predate IdentityRevocationsSince. */
export const IdentityOAuthRevocations = declareRequest(IdentitySubjects.revocations, {
  request: z.strictObject({}),
  reply: RevocationsSchema,
});

// Revocations of every kind, for the gateways' periodic resync.

export const IdentityRevocationsSince = declareRequest(IdentitySubjects.revocationsSince, {
  request: RevocationsSinceRequestSchema,
  reply: RevocationChangesSchema,
});
