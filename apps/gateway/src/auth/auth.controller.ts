import {
  CompletePasswordResetInput,
  LoginInput,
  LogoutResultSchema,
  PASSWORD_RESET_TTL_MINUTES,
  PasswordReset,
  PasswordResetRequested,
  PasswordResetRequestedSchema,
  PasswordResetSchema,
  RequestPasswordResetInput,
  SessionViewSchema,
  SignupInput,
} from '@tally/contracts';
import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PublicApi } from '../http/public-api.decorator.js';
import { IdentityClient } from '../identity/identity.client.js';
import { TeamClient } from '../team/team.client.js';
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
    private readonly team: TeamClient,
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

  @Post('password-reset')
  @Public()
  @HttpCode(202)
  @ApiRoute({
    summary: 'Ask for a password reset link',
    description: `When the email is a member's, emails a single-use link valid ${PASSWORD_RESET_TTL_MINUTES} minutes (a few per hour at most). The answer is the same whether or not it is: nobody learns which emails have accounts.`,
    response: PasswordResetRequestedSchema,
    errors: [503, 504],
  })
  requestPasswordReset(
    @Body() input: RequestPasswordResetInput,
    @Req() request: FastifyRequest,
  ): Promise<PasswordResetRequested> {
    return this.team.requestPasswordReset(input.email, request.ip);
  }

  @Post('password-reset/complete')
  @Public()
  @HttpCode(200)
  @ApiRoute({
    summary: 'Reset a password',
    description:
      "Sets the new password (the same rules as sign-up) with the link's `#token=`. The link works once; every session of the user ends.",
    response: PasswordResetSchema,
    errors: [
      {
        status: 404,
        description: '`not_found`: the link is unknown, used or expired.',
      },
      503,
      504,
    ],
  })
  completePasswordReset(@Body() input: CompletePasswordResetInput): Promise<PasswordReset> {
    return this.team.completePasswordReset(input);
  }
}
