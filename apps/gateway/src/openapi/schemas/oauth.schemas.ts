import type {
  CreatedOAuthClient,
  IntrospectionResponse,
  Jwks,
  OAuthClientView,
  OAuthErrorCode,
  PublicJwk,
  TokenResponse,
} from '@tally/contracts';
import type { SchemaObject } from '@nestjs/swagger';
import {
  arrayOf,
  dateTime,
  membersOf,
  nullable,
  objectSchema,
  stringEnum,
  text,
  uuid,
} from './schema-helpers.js';
import { schemaRef } from './schema-ref.js';

// The gateway's error filter answers the errors it catches under /oauth/ with the last two.
const OAUTH_ERROR_CODES = membersOf<OAuthErrorCode | 'server_error' | 'temporarily_unavailable'>({
  invalid_request: true,
  invalid_client: true,
  invalid_grant: true,
  unauthorized_client: true,
  unsupported_grant_type: true,
  invalid_scope: true,
  unsupported_token_type: true,
  server_error: true,
  temporarily_unavailable: true,
});

const seconds = (description: string): SchemaObject => ({ type: 'integer', description });

export const oauthClientViewSchema = objectSchema<OAuthClientView>(
  {
    id: uuid(),
    clientId: text('The `client_id` to authenticate with at `/oauth/token`.'),
    name: text(),
    environment: schemaRef('Environment'),
    roles: arrayOf(objectSchema<OAuthClientView['roles'][number]>({ id: uuid(), name: text() })),
    permissions: arrayOf(
      schemaRef('Permission'),
      'Everything its roles grant: the scopes it may ask for.',
    ),
    createdAt: dateTime(),
    lastUsedAt: nullable(dateTime()),
    revokedAt: nullable(dateTime()),
  },
  { description: 'An OAuth client (client credentials grant), without its secret.' },
);

export const createdOAuthClientSchema: SchemaObject = {
  description: 'A new OAuth client: the only answer that carries its secret.',
  allOf: [
    schemaRef('OAuthClientView'),
    objectSchema<Omit<CreatedOAuthClient, keyof OAuthClientView>>({
      clientSecret: text('The client secret. It is shown only this once: store it now.'),
    }),
  ],
};

export const oauthErrorSchema = objectSchema<{ error: string; error_description: string }>(
  { error: stringEnum(OAUTH_ERROR_CODES), error_description: text() },
  { description: 'An error of the OAuth endpoints, as RFC 6749 section 5.2 shapes it.' },
);

export const tokenResponseSchema = objectSchema<TokenResponse>(
  {
    access_token: text('A signed JWT (ES256); send it as `Authorization: Bearer <token>`.'),
    token_type: stringEnum(['bearer']),
    expires_in: seconds('Seconds until the token expires.'),
    scope: text('The permissions granted, separated by spaces.'),
  },
  { description: 'RFC 6749 section 5.1.' },
);

export const introspectionResponseSchema = objectSchema<IntrospectionResponse>(
  {
    active: { type: 'boolean' },
    scope: text(),
    client_id: text(),
    token_type: stringEnum(['bearer']),
    exp: seconds('Expiry, in seconds since the epoch.'),
    iat: seconds('Issue time, in seconds since the epoch.'),
    sub: text(),
    aud: text(),
    iss: text(),
    jti: text(),
  },
  {
    description: 'RFC 7662 section 2.2: only `active` for a token that is not active.',
    optional: ['scope', 'client_id', 'token_type', 'exp', 'iat', 'sub', 'aud', 'iss', 'jti'],
  },
);

export const jwksSchema = objectSchema<Jwks>(
  {
    keys: arrayOf(
      objectSchema<PublicJwk>(
        {
          kty: text(),
          crv: text(),
          x: text(),
          y: text(),
          kid: text(),
          alg: text(),
          use: stringEnum(['sig']),
        },
        { optional: ['crv', 'x', 'y'] },
      ),
    ),
  },
  { description: 'The public keys that verify access tokens (RFC 7517).' },
);

const clientCredentialsInBody = {
  client_id: text('With `client_secret`, instead of HTTP Basic (`client_secret_post`).'),
  client_secret: text('With `client_id`, instead of HTTP Basic (`client_secret_post`).'),
};

export const tokenRequestSchema: SchemaObject = {
  type: 'object',
  description: 'RFC 6749 section 4.4.2: the client credentials grant.',
  required: ['grant_type'],
  properties: {
    grant_type: stringEnum(['client_credentials']),
    scope: text("Permissions separated by spaces; by default all of the client's."),
    ...clientCredentialsInBody,
  },
};

export const tokenFormSchema: SchemaObject = {
  type: 'object',
  description: 'RFC 7662 and RFC 7009: the token to introspect or revoke.',
  required: ['token'],
  properties: {
    token: text('An access token issued to this client.'),
    token_type_hint: text('Ignored: only access tokens exist.'),
    ...clientCredentialsInBody,
  },
};

export const authorizationServerMetadataSchema: SchemaObject = {
  type: 'object',
  description: 'RFC 8414 authorization server metadata.',
  required: ['issuer', 'token_endpoint', 'jwks_uri'],
  properties: {
    issuer: { type: 'string', format: 'uri' },
    token_endpoint: { type: 'string', format: 'uri' },
    jwks_uri: { type: 'string', format: 'uri' },
    revocation_endpoint: { type: 'string', format: 'uri' },
    introspection_endpoint: { type: 'string', format: 'uri' },
  },
  additionalProperties: true,
};
