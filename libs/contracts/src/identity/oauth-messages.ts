import { z } from 'zod';
import { schemaClass } from '../messaging/schema-class.js';
import { dateTimeText, urlText, uuidText } from '../http/formats.js';
import { EnvironmentSchema, PermissionSchema, RoleRefSchema } from './permission-schemas.js';
import { ENVIRONMENTS, type Environment } from './permissions.js';
import {
  CredentialMetadataSchema,
  CredentialOwnerSchema,
  OwnerUserIdSchema,
} from './credential-owner.js';

/** `POST /api/v1/oauth-clients`. */
export const CreateOAuthClientInputSchema = z.strictObject({
  name: z.string().min(1).max(100),
  roles: z.array(z.string().max(64)).min(1).max(20),
  environment: z.enum(ENVIRONMENTS),
  ownerUserId: OwnerUserIdSchema.optional(),
  metadata: CredentialMetadataSchema.optional(),
});
export class CreateOAuthClientInput extends schemaClass(CreateOAuthClientInputSchema) {}

/** `PATCH /api/v1/oauth-clients/:id`: at least one field. */
export const UpdateOAuthClientInputSchema = z
  .strictObject({
    enabled: z
      .boolean()
      .optional()
      .describe(
        'False pauses the client: it gets no tokens and its tokens are refused; true lets it get new tokens again.',
      ),
    name: z.string().min(1).max(100).optional(),
    metadata: CredentialMetadataSchema.optional().describe('Replaces the whole metadata object.'),
  })
  .refine(
    (input) => Object.values(input).some((value) => value !== undefined),
    'send at least one of enabled, name, metadata',
  );
export class UpdateOAuthClientInput extends schemaClass(UpdateOAuthClientInputSchema) {}

export const OAuthClientViewSchema = z
  .object({
    id: uuidText(),
    clientId: z.string().describe('The `client_id` to authenticate with at `/oauth/token`.'),
    name: z.string(),
    environment: EnvironmentSchema,
    roles: z.array(RoleRefSchema),
    permissions: z
      .array(PermissionSchema)
      .describe('Everything its roles grant: the scopes it may ask for.'),
    createdAt: dateTimeText(),
    lastUsedAt: dateTimeText().nullable(),
    revokedAt: dateTimeText().nullable(),
    enabled: z
      .boolean()
      .describe(
        "False while paused (`PATCH` with `enabled: false`). Its owner's state is `owner.enabled`: a disabled owner's clients get no tokens either.",
      ),
    disabledAt: dateTimeText().nullable(),
    owner: CredentialOwnerSchema,
    metadata: CredentialMetadataSchema,
  })
  .describe('An OAuth client (client credentials grant), without its secret.');
export type OAuthClientView = z.output<typeof OAuthClientViewSchema>;

/** The only answer that carries the client secret: the one to its creation. */
export const CreatedOAuthClientSchema = OAuthClientViewSchema.extend({
  clientSecret: z.string().describe('The client secret. It is shown only this once: store it now.'),
}).describe('A new OAuth client: the only answer that carries its secret.');
export type CreatedOAuthClient = z.output<typeof CreatedOAuthClientSchema>;

/**
 * Client authentication as the token, introspection and revocation endpoints
 * receive it. Any text: wrong credentials are an OAuth answer
 * (`invalid_client`), not a refusal of the message.
 */
export const ClientCredentialsSchema = z.strictObject({
  clientId: z.string(),
  clientSecret: z.string(),
});
export type ClientCredentials = z.output<typeof ClientCredentialsSchema>;

/** A missing or unknown grant type is answered `invalid_request`/`unsupported_grant_type`. */
export const TokenRequestSchema = ClientCredentialsSchema.extend({
  grantType: z.string(),
  scope: z.string().optional(),
});
export type TokenRequest = z.output<typeof TokenRequestSchema>;

export const TokenQuestionSchema = ClientCredentialsSchema.extend({ token: z.string() });
export type TokenQuestion = z.output<typeof TokenQuestionSchema>;

const clientCredentialsInForm = {
  client_id: z
    .string()
    .optional()
    .describe('With `client_secret`, instead of HTTP Basic (`client_secret_post`).'),
  client_secret: z
    .string()
    .optional()
    .describe('With `client_id`, instead of HTTP Basic (`client_secret_post`).'),
};

/** `POST /oauth/token`'s form (RFC 6749 section 4.4.2), as a client sends it. */
export const OAuthTokenFormSchema = z
  .object({
    grant_type: z.literal('client_credentials'),
    scope: z
      .string()
      .optional()
      .describe("Permissions separated by spaces; by default all of the client's."),
    ...clientCredentialsInForm,
  })
  .describe('RFC 6749 section 4.4.2: the client credentials grant.');

/** `POST /oauth/introspect` and `/oauth/revoke`'s form (RFC 7662, RFC 7009). */
export const OAuthTokenQuestionFormSchema = z
  .object({
    token: z.string().describe('An access token issued to this client.'),
    token_type_hint: z.string().optional().describe('Ignored: only access tokens exist.'),
    ...clientCredentialsInForm,
  })
  .describe('RFC 7662 and RFC 7009: the token to introspect or revoke.');

/** RFC 6749 section 5.2 errors (and RFC 7009's unsupported_token_type). */
export const OAUTH_ERROR_CODES = [
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
  'unsupported_token_type',
] as const;
export type OAuthErrorCode = (typeof OAUTH_ERROR_CODES)[number];

/** The gateway answers the errors it raises itself under /oauth/ with these two. */
export const OAUTH_GATEWAY_ERROR_CODES = ['server_error', 'temporarily_unavailable'] as const;

export const OAuthErrorSchema = z
  .object({
    error: z.enum([...OAUTH_ERROR_CODES, ...OAUTH_GATEWAY_ERROR_CODES]),
    error_description: z.string(),
  })
  .describe('An error of the OAuth endpoints, as RFC 6749 section 5.2 shapes it.');
export type OAuthError = z.output<typeof OAuthErrorSchema>;

/** An endpoint's answer: its value, or the RFC error the gateway sends with its status. */
export function oauthOutcomeOf<TValue extends z.ZodType>(value: TValue) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({
      ok: z.literal(false),
      status: z.union([z.literal(400), z.literal(401)]),
      error: z.enum(OAUTH_ERROR_CODES),
      description: z.string(),
    }),
  ]);
}
export type OAuthOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; status: 400 | 401; error: OAuthErrorCode; description: string };

const seconds = () => z.int();

export const TokenResponseSchema = z
  .object({
    access_token: z
      .string()
      .describe('A signed JWT (ES256); send it as `Authorization: Bearer <token>`.'),
    token_type: z.literal('bearer'),
    expires_in: seconds().describe('Seconds until the token expires.'),
    scope: z.string().describe('The permissions granted, separated by spaces.'),
  })
  .describe('RFC 6749 section 5.1.');
export type TokenResponse = z.output<typeof TokenResponseSchema>;

/** RFC 7662 section 2.2. */
export const IntrospectionResponseSchema = z
  .object({
    active: z.boolean(),
    scope: z.string().optional(),
    client_id: z.string().optional(),
    token_type: z.literal('bearer').optional(),
    exp: seconds().optional().describe('Expiry, in seconds since the epoch.'),
    iat: seconds().optional().describe('Issue time, in seconds since the epoch.'),
    sub: z.string().optional(),
    aud: z.string().optional(),
    iss: z.string().optional(),
    jti: z.string().optional(),
  })
  .describe('RFC 7662 section 2.2: only `active` for a token that is not active.');
export type IntrospectionResponse = z.output<typeof IntrospectionResponseSchema>;

/** RFC 7009: revocation answers an empty object, whatever the token was. */
export const TokenRevokedResponseSchema = z.object({});
export type TokenRevokedResponse = z.output<typeof TokenRevokedResponseSchema>;

export const PublicJwkSchema = z.object({
  kty: z.string(),
  crv: z.string().optional(),
  x: z.string().optional(),
  y: z.string().optional(),
  kid: z.string(),
  alg: z.string(),
  use: z.literal('sig'),
});
export type PublicJwk = z.output<typeof PublicJwkSchema>;

export const JwksSchema = z
  .object({ keys: z.array(PublicJwkSchema) })
  .describe('The public keys that verify access tokens (RFC 7517).');

const CLIENT_AUTH_METHODS = ['client_secret_basic', 'client_secret_post'] as const;

/** RFC 8414 authorization server metadata, as `/.well-known/oauth-authorization-server` serves it. */
export const AuthorizationServerMetadataSchema = z
  .object({
    issuer: urlText(),
    token_endpoint: urlText(),
    jwks_uri: urlText(),
    revocation_endpoint: urlText(),
    introspection_endpoint: urlText(),
    grant_types_supported: z.array(z.literal('client_credentials')),
    response_types_supported: z.array(z.string()),
    token_endpoint_auth_methods_supported: z.array(z.enum(CLIENT_AUTH_METHODS)),
    revocation_endpoint_auth_methods_supported: z.array(z.enum(CLIENT_AUTH_METHODS)),
    introspection_endpoint_auth_methods_supported: z.array(z.enum(CLIENT_AUTH_METHODS)),
    token_endpoint_auth_signing_alg_values_supported: z.array(z.literal('ES256')),
    scopes_supported: z.array(PermissionSchema).describe('Every permission: the scopes there are.'),
  })
  .describe('RFC 8414 authorization server metadata.');
export type AuthorizationServerMetadata = z.output<typeof AuthorizationServerMetadataSchema>;
export type Jwks = z.output<typeof JwksSchema>;

/** What a gateway starting up must know to refuse tokens revoked before it started. */
export const RevocationsSchema = z.object({
  tokens: z.array(z.object({ jti: z.string(), expiresAt: z.string() })),
  clients: z.array(z.object({ id: z.string(), revokedAt: z.string() })),
});
export type Revocations = z.output<typeof RevocationsSchema>;

/** Claims of Tally's access tokens, besides the registered ones. */
export interface TallyTokenClaims {
  scope: string;
  client_id: string;
  /** The OAuth client's internal id (what revocation events name). */
  cid: string;
  account_id: string;
  environment: Environment;
}

export const ACCESS_TOKEN_AUDIENCE = 'tally-api';
export const ACCESS_TOKEN_LIFETIME_SECONDS = 3600;
