import { LoginInput, LogoutResultSchema, SessionViewSchema, SignupInput } from '@tally/contracts';
import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PublicApi } from '../http/envelope.interceptor.js';
import { IdentityClient } from '../identity/identity.client.js';
import { ApiRoute, headerRefs } from '../openapi/index.js';
import { AnyCredential, Public } from './auth.decorators.js';
import { parseCookies } from './cookies.js';
import {
  clearSessionCookies,
  COOKIE_POLICY,
  cookieNamesOf,
  CookiePolicy,
  sessionView,
  setSessionCookies,
} from './session-cookies.js';

@Controller('api/v1/auth')
@PublicApi()
export class AuthController {
  constructor(
    private readonly identity: IdentityClient,
    @Inject(COOKIE_POLICY) private readonly cookies: CookiePolicy,
  ) {}

  @Post('signup')
  @Public()
  @ApiRoute({
    summary: 'Sign up',
    description:
      'Creates an account and its owner, and signs the owner in: the session token comes back only as the httpOnly `tally_session` cookie.',
    response: SessionViewSchema,
    responseHeaders: headerRefs(['Set-Cookie']),
    errors: [{ status: 409, description: 'An account with this email already exists.' }, 503, 504],
  })
  async signup(
    @Body() input: SignupInput,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const session = await this.identity.signup(input, request.ip);
    setSessionCookies(reply, session, this.cookies);
    return sessionView(session);
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiRoute({
    summary: 'Sign in',
    description:
      'Starts a dashboard session: the session token comes back only as the httpOnly `tally_session` cookie. Failed sign-ins are limited per email and per IP.',
    response: SessionViewSchema,
    responseHeaders: headerRefs(['Set-Cookie']),
    errors: [
      { status: 401, description: 'The email or password is not right.' },
      {
        status: 429,
        description:
          'Too many failed sign-ins for this email or from this IP address, or a rate limit; try again after `Retry-After` seconds.',
      },
      503,
      504,
    ],
  })
  async login(
    @Body() input: LoginInput,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const session = await this.identity.login(input, request.ip);
    setSessionCookies(reply, session, this.cookies);
    return sessionView(session);
  }

  @Post('logout')
  @AnyCredential()
  @HttpCode(200)
  @ApiRoute({
    summary: 'Sign out',
    description: 'Ends the session of the `tally_session` cookie, if any, and clears the cookies.',
    response: LogoutResultSchema,
    responseHeaders: headerRefs(['Set-Cookie']),
    errors: [503, 504],
  })
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const token = parseCookies(request.headers.cookie)[cookieNamesOf(this.cookies).session];
    const result = token ? await this.identity.logout(token) : { loggedOut: false };
    clearSessionCookies(reply, this.cookies);
    return result;
  }
}
