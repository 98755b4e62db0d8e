import { z } from 'zod';
import { schemaClass } from '../messaging/schema-class.js';
import { ENVIRONMENTS, PERMISSIONS, type Environment } from './permissions.js';

/** `POST /api/v1/oauth-clients`. */
export const CreateOAuthClientInputSchema = z.strictObject({
  name: z.string().min(1).max(100),
  roles: z.array(z.string().max(64)).min(1).max(20),
  environment: z.enum(ENVIRONMENTS),
});
export class CreateOAuthClientInput extends schemaClass(CreateOAuthClientInputSchema) {}

export const OAuthClientViewSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  name: z.string(),
  environment: z.enum(ENVIRONMENTS),
  roles: z.array(z.object({ id: z.string(), name: z.string() })),
  permissions: z.array(z.enum(PERMISSIONS)),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type OAuthClientView = z.output<typeof OAuthClientViewSchema>;

/** The only answer that carries the client secret: the one to its creation. */
export const CreatedOAuthClientSchema = OAuthClientViewSchema.extend({ clientSecret: z.string() });
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

export const TokenResponseSchema = z.object({
  access_token: z.string(),
  token_type: z.literal('bearer'),
  expires_in: z.number(),
  scope: z.string(),
});
export type TokenResponse = z.output<typeof TokenResponseSchema>;

/** RFC 7662 section 2.2. */
export const IntrospectionResponseSchema = z.object({
  active: z.boolean(),
  scope: z.string().optional(),
  client_id: z.string().optional(),
  token_type: z.literal('bearer').optional(),
  exp: z.number().optional(),
  iat: z.number().optional(),
  sub: z.string().optional(),
  aud: z.string().optional(),
  iss: z.string().optional(),
  jti: z.string().optional(),
});
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

export const JwksSchema = z.object({ keys: z.array(PublicJwkSchema) });
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
