import { LoginInput, SignupInput } from '@tally/contracts';
import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PublicApi } from '../http/envelope.interceptor.js';
import { IdentityClient } from '../identity/identity.client.js';
import { AnyCredential, Public } from './auth.decorators.js';
import { parseCookies } from './cookies.js';
import { SESSION_COOKIE } from './credentials.js';
import {
  clearSessionCookies,
  COOKIE_POLICY,
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
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const token = parseCookies(request.headers.cookie)[SESSION_COOKIE];
    const result = token ? await this.identity.logout(token) : { loggedOut: false };
    clearSessionCookies(reply, this.cookies);
    return result;
  }
}
