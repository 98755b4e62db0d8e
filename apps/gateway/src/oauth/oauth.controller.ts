import { OAuthOutcome } from '@tally/contracts';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { IdentityClient } from '../identity/identity.client.js';
import {
  clientCredentials,
  formField,
  OAuthForm,
  OAuthRequestError,
} from './client-authentication.js';

/** RFC 6749 token endpoint (client credentials), RFC 7662 introspection, RFC 7009 revocation. */
@Controller('oauth')
export class OAuthController {
  constructor(private readonly identity: IdentityClient) {}

  @Post('token')
  @HttpCode(200)
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
