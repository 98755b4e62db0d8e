import {
  IntrospectionResponseSchema,
  OAuthErrorSchema,
  OAuthOutcome,
  OAuthTokenFormSchema,
  OAuthTokenQuestionFormSchema,
  TokenResponseSchema,
  TokenRevokedResponseSchema,
} from '@tally/contracts';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators.js';
import { IdentityClient } from '../identity/identity.client.js';
import { ApiRoute, headerRefs, OAUTH_CLIENT_SECURITY, RouteError } from '../openapi/index.js';
import {
  clientCredentials,
  formField,
  OAuthForm,
  OAuthRequestError,
} from './client-authentication.js';

// Errors under /oauth/ are RFC 6749's, whether the endpoint or the gateway raises them.
const OAUTH_ERRORS: RouteError[] = [
  {
    status: 400,
    description: '`invalid_request`, `invalid_grant`, `unsupported_grant_type` or `invalid_scope`.',
    schema: OAuthErrorSchema,
  },
  {
    status: 401,
    description: '`invalid_client`: unknown client, wrong secret or revoked client.',
    schema: OAuthErrorSchema,
    headers: {
      'WWW-Authenticate': { description: '`Basic realm="tally"`', schema: { type: 'string' } },
    },
  },
  {
    status: 429,
    description:
      '`temporarily_unavailable`: a rate limit refused the request; retry after `Retry-After` seconds.',
    schema: OAuthErrorSchema,
    headers: headerRefs(['Retry-After', 'RateLimit-Policy', 'RateLimit']),
  },
  {
    status: 503,
    description: '`temporarily_unavailable`: the identity service did not answer.',
    schema: OAuthErrorSchema,
  },
];

const OAUTH_FORM = ['application/x-www-form-urlencoded'];

/**
 * RFC 6749 token endpoint (client credentials), RFC 7662 introspection, RFC
 * 7009 revocation. Public to the auth guard: each endpoint authenticates the
 * OAuth client itself, and answers in RFC 6749's shape.
 */
@Controller('oauth')
@Public()
export class OAuthController {
  constructor(private readonly identity: IdentityClient) {}

  @Post('token')
  @HttpCode(200)
  @ApiRoute({
    summary: 'Issue an access token',
    description:
      'The client credentials grant (RFC 6749 section 4.4): a JWT valid for an hour, with the permissions of the client (or the `scope` asked for).',
    tags: ['OAuth'],
    envelope: false,
    security: OAUTH_CLIENT_SECURITY,
    body: OAuthTokenFormSchema,
    bodyMediaTypes: OAUTH_FORM,
    response: TokenResponseSchema,
    errors: OAUTH_ERRORS,
  })
  token(
    @Headers('authorization') authorization: string | undefined,
    @Body() form: OAuthForm,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.answer(reply, async () => {
      const credentials = clientCredentials(authorization, form ?? {});
      const grantType = formField(form, 'grant_type') ?? '';
      return this.identity.issueToken(credentials, grantType, formField(form, 'scope'));
    });
  }

  @Post('introspect')
  @HttpCode(200)
  @ApiRoute({
    summary: 'Introspect an access token',
    description: 'RFC 7662: whether a token of this client is active, and its claims.',
    tags: ['OAuth'],
    envelope: false,
    security: OAUTH_CLIENT_SECURITY,
    body: OAuthTokenQuestionFormSchema,
    bodyMediaTypes: OAUTH_FORM,
    response: IntrospectionResponseSchema,
    errors: OAUTH_ERRORS,
  })
  introspect(
    @Headers('authorization') authorization: string | undefined,
    @Body() form: OAuthForm,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.answer(reply, async () => {
      const credentials = clientCredentials(authorization, form ?? {});
      return this.identity.introspectToken(credentials, requiredToken(form));
    });
  }

  @Post('revoke')
  @HttpCode(200)
  @ApiRoute({
    summary: 'Revoke an access token',
    description:
      'RFC 7009: every gateway refuses the token from then on. Unknown tokens are not an error.',
    tags: ['OAuth'],
    envelope: false,
    security: OAUTH_CLIENT_SECURITY,
    body: OAuthTokenQuestionFormSchema,
    bodyMediaTypes: OAUTH_FORM,
    response: TokenRevokedResponseSchema,
    errors: OAUTH_ERRORS,
  })
  revoke(
    @Headers('authorization') authorization: string | undefined,
    @Body() form: OAuthForm,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.answer(reply, async () => {
      const credentials = clientCredentials(authorization, form ?? {});
      return this.identity.revokeToken(credentials, requiredToken(form));
    });
  }

  private async answer<T>(
    reply: FastifyReply,
    run: () => Promise<OAuthOutcome<T>>,
  ): Promise<T | { error: string; error_description: string }> {
    void reply.headers({ 'cache-control': 'no-store', pragma: 'no-cache' });
    let outcome: OAuthOutcome<T>;
    try {
      outcome = await run();
    } catch (error) {
      if (!(error instanceof OAuthRequestError)) throw error;
      outcome = {
        ok: false,
        status: error.status,
        error: error.error as 'invalid_request',
        description: error.message,
      };
    }
    if (outcome.ok) return outcome.value;
    if (outcome.status === 401) void reply.header('www-authenticate', 'Basic realm="tally"');
    void reply.status(outcome.status);
    return { error: outcome.error, error_description: outcome.description };
  }
}

function requiredToken(form: OAuthForm): string {
  const token = formField(form ?? {}, 'token');
  if (!token) throw new OAuthRequestError(400, 'invalid_request', 'token is required.');
  return token;
}
