import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsString,
  Length,
  MaxLength,
} from 'class-validator';
import { ENVIRONMENTS, type Environment, type Permission } from './permissions.js';
import type { Scoped } from './messages.js';

export class CreateOAuthClientInput {
  @IsString()
  @Length(1, 100)
  name!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  roles!: string[];

  @IsIn(ENVIRONMENTS, { message: 'environment must be one of: development, production' })
  environment!: Environment;
}

export interface OAuthClientView {
  id: string;
  clientId: string;
  name: string;
  environment: Environment;
  roles: { id: string; name: string }[];
  permissions: Permission[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** The only answer that carries the client secret: the one to its creation. */
export interface CreatedOAuthClient extends OAuthClientView {
  clientSecret: string;
}

export interface CreateOAuthClientRequest extends Scoped {
  input: CreateOAuthClientInput;
}

export interface OAuthClientRequest extends Scoped {
  id: string;
}

/** Client authentication as the token, introspection and revocation endpoints receive it. */
export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

export interface TokenRequest extends ClientCredentials {
  grantType: string;
  scope?: string;
}

export interface TokenQuestion extends ClientCredentials {
  token: string;
}

/** RFC 6749 section 5.2 errors (and RFC 7009's unsupported_token_type). */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'invalid_scope'
  | 'unsupported_token_type';

export type OAuthOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; status: 400 | 401; error: OAuthErrorCode; description: string };

export interface TokenResponse {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  scope: string;
}

/** RFC 7662 section 2.2. */
export interface IntrospectionResponse {
  active: boolean;
  scope?: string;
  client_id?: string;
  token_type?: 'bearer';
  exp?: number;
  iat?: number;
  sub?: string;
  aud?: string;
  iss?: string;
  jti?: string;
}

export interface PublicJwk {
  kty: string;
  crv?: string;
  x?: string;
  y?: string;
  kid: string;
  alg: string;
  use: 'sig';
}

export interface Jwks {
  keys: PublicJwk[];
}

/** What a gateway starting up must know to refuse tokens revoked before it started. */
export interface Revocations {
  tokens: { jti: string; expiresAt: string }[];
  clients: { id: string; revokedAt: string }[];
}

export interface ClientRevokedEvent {
  id: string;
  accountId: string;
  revokedAt: string;
}

export interface TokenRevokedEvent {
  jti: string;
  expiresAt: string;
}

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
