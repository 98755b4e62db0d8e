import {
  AuthorizationServerMetadataSchema,
  JwksSchema,
  PERMISSIONS,
  type AuthorizationServerMetadata,
  type Jwks,
} from '@tally/contracts';
import { Controller, Get, Header, Inject } from '@nestjs/common';
import { Public } from '../auth/auth.decorators.js';
import { ApiRoute } from '../openapi/index.js';
import { JwksCache } from './jwks.cache.js';

export const PUBLIC_BASE_URL = Symbol('PUBLIC_BASE_URL');

@Controller('.well-known')
@Public()
export class WellKnownController {
  constructor(
    private readonly jwks: JwksCache,
    @Inject(PUBLIC_BASE_URL) private readonly baseUrl: string,
  ) {}

  @Get('jwks.json')
  @ApiRoute({
    summary: 'Get the keys that sign access tokens',
    tags: ['OAuth'],
    envelope: false,
    response: JwksSchema,
    errors: [429, 503, 504],
  })
  @Header('cache-control', 'public, max-age=300')
  keys(): Promise<Jwks> {
    return this.jwks.get();
  }

  /** RFC 8414 authorization server metadata. */
  @Get('oauth-authorization-server')
  @ApiRoute({
    summary: 'Get the authorization server metadata',
    tags: ['OAuth'],
    envelope: false,
    response: AuthorizationServerMetadataSchema,
    errors: [429],
  })
  @Header('cache-control', 'public, max-age=3600')
  metadata(): AuthorizationServerMetadata {
    const issuer = this.baseUrl;
    return {
      issuer,
      token_endpoint: `${issuer}/oauth/token`,
      jwks_uri: `${issuer}/.well-known/jwks.json`,
      revocation_endpoint: `${issuer}/oauth/revoke`,
      introspection_endpoint: `${issuer}/oauth/introspect`,
      grant_types_supported: ['client_credentials'],
      response_types_supported: [],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      revocation_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      introspection_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      token_endpoint_auth_signing_alg_values_supported: ['ES256'],
      scopes_supported: [...PERMISSIONS],
    };
  }
}
