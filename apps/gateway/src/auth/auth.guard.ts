import { AppError, Permission, Principal } from '@tally/contracts';
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { allowOrigin } from '../http/cors.js';
import { enforceRateLimit } from '../rate-limit/enforce-rate-limit.js';
import { RateLimitService } from '../rate-limit/rate-limit.service.js';
import {
  ANY_CREDENTIAL,
  AuthenticatedRequest,
  BROWSER_KEYS_ALLOWED,
  PUBLIC_ROUTE,
  PUBLISHABLE_KEY_PERMISSION,
  REQUIRED_PERMISSION,
} from './auth.decorators.js';
import { parseCookies } from './cookies.js';
import { CSRF_HEADER, invalidToken, presentedCredential } from './credentials.js';
import { JwtAuthenticator } from './jwt-authenticator.js';
import { KeyAuthenticator } from './key-authenticator.js';
import { SessionAuthenticator } from './session-authenticator.js';
import { COOKIE_POLICY, cookieNamesOf, type CookiePolicy } from './session-cookies.js';

export interface BrowserPolicy {
  /** Browser origins allowed to use secret keys (normally none). */
  secretKeyOrigins: string[];
}

export const BROWSER_POLICY = Symbol('BROWSER_POLICY');

type GatewayRequest = FastifyRequest & AuthenticatedRequest;

/**
 * Every route but those marked public (@Public, @OperatorRoute): establishes
 * who calls (API key, access token, session cookie) and checks the permission
 * the route declares. Decided by the route the router matched, never by how
 * the URL was spelled; a route that declares nothing refuses every caller.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: KeyAuthenticator,
    private readonly sessions: SessionAuthenticator,
    private readonly tokens: JwtAuthenticator,
    private readonly rateLimits: RateLimitService,
    @Inject(BROWSER_POLICY) private readonly browsers: BrowserPolicy,
    @Inject(COOKIE_POLICY) private readonly cookies: CookiePolicy,
  ) {}

  /**
   * `true` at once (no promise) for a public route and for a key the cache
   * knows, as on nearly every request; a promise while a credential is being
   * verified. Refusals are always rejected promises: they are counted first.
   */
  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<GatewayRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    let principal: Principal | Promise<Principal>;
    try {
      principal = this.authenticate(request);
    } catch (refusal) {
      return this.refuse(request, reply, refusal);
    }
    if (!(principal instanceof Promise)) return this.admit(principal, request, reply, context);
    return principal.then(
      (known) => this.admit(known, request, reply, context),
      (refusal: unknown) => this.refuse(request, reply, refusal),
    );
  }

  private admit(
    principal: Principal,
    request: GatewayRequest,
    reply: FastifyReply,
    context: ExecutionContext,
  ): true | Promise<never> {
    // Known from here on: usage and limits count the request even when authorize refuses it.
    request.principal = principal;
    try {
      this.authorize(principal, request, reply, context);
      return true;
    } catch (refusal) {
      return this.refuse(request, reply, refusal);
    }
  }

  /**
   * A refusal still counts: against the IP when authentication failed (guessing keys
   * gets a 429), against the caller's budget otherwise, with the rate-limit headers.
   * A publishable key is public: anyone may present it from anywhere, so its
   * refusals (a wrong Origin, a route not for browsers) are the IP's alone.
   */
  private async refuse(
    request: GatewayRequest,
    reply: FastifyReply,
    refusal: unknown,
  ): Promise<never> {
    const ipOnly = request.principal?.credentialType === 'publishable_key';
    await enforceRateLimit(this.rateLimits, request, reply, { ipOnly });
    throw refusal;
  }

  /** Throws the 403 when this credential may not call this route from where it is called. */
  private authorize(
    principal: Principal,
    request: GatewayRequest,
    reply: FastifyReply,
    context: ExecutionContext,
  ): void {
    const targets = [context.getHandler(), context.getClass()];
    this.checkBrowserUse(
      principal,
      request,
      this.reflector.getAllAndOverride<boolean>(BROWSER_KEYS_ALLOWED, targets),
    );
    // From an allowed origin: the page may read the answer, a refusal included.
    if (principal.credentialType === 'publishable_key' && request.headers.origin) {
      allowOrigin(reply, request.headers.origin);
    }
    const permission = this.requiredPermission(principal, context);
    const anyCredential = this.reflector.getAllAndOverride<boolean>(ANY_CREDENTIAL, targets);
    if (!anyCredential && (!permission || !principal.permissions.includes(permission))) {
      throw new AppError(
        'insufficient_scope',
        `This needs the ${permission ?? 'a declared'} permission.`,
        [{ reason: `missing ${permission ?? 'permission'}` }],
      );
    }
  }

  /** The route's permission, or the one it names for publishable keys when the caller holds one. */
  private requiredPermission(
    principal: Principal,
    context: ExecutionContext,
  ): Permission | undefined {
    const targets = [context.getHandler(), context.getClass()];
    const forPublishableKeys =
      principal.credentialType === 'publishable_key'
        ? this.reflector.getAllAndOverride<Permission | undefined>(
            PUBLISHABLE_KEY_PERMISSION,
            targets,
          )
        : undefined;
    return (
      forPublishableKeys ??
      this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets)
    );
  }

  private authenticate(request: GatewayRequest): Principal | Promise<Principal> {
    const credential = presentedCredential(
      request.headers,
      parseCookies(request.headers.cookie),
      cookieNamesOf(this.cookies),
    );
    if (!credential)
      throw invalidToken('Authentication is required: send an API key or an access token.');
    switch (credential.kind) {
      case 'api_key':
        return this.keys.authenticate(credential.value);
      case 'session': {
        const csrf = request.headers[CSRF_HEADER];
        return this.sessions.authenticate(
          credential.value,
          request.method,
          typeof csrf === 'string' ? csrf : undefined,
        );
      }
      case 'bearer_token':
        return this.tokens.authenticate(credential.value);
    }
  }

  private checkBrowserUse(
    principal: Principal,
    request: GatewayRequest,
    routeAllowsBrowserKeys: boolean,
  ): void {
    const origin = request.headers.origin;
    if (principal.credentialType === 'publishable_key') {
      if (!routeAllowsBrowserKeys) {
        throw new AppError(
          'insufficient_scope',
          'Publishable keys cannot call this route; use a secret key from your server.',
        );
      }
      if (!origin || !(principal.allowedOrigins ?? []).includes(origin)) {
        throw new AppError(
          'insufficient_scope',
          'This publishable key is not allowed from this origin.',
          [
            {
              field: 'origin',
              reason: origin
                ? `${origin} is not among the key's allowed origins`
                : 'no Origin header',
            },
          ],
        );
      }
    }
    if (
      principal.credentialType === 'secret_key' &&
      origin &&
      !this.browsers.secretKeyOrigins.includes(origin)
    ) {
      throw new AppError(
        'insufficient_scope',
        'Secret keys must stay on servers and are refused from browsers; use a publishable key in the browser.',
        [{ field: 'origin', reason: `${origin} may not use secret keys` }],
      );
    }
  }
}
