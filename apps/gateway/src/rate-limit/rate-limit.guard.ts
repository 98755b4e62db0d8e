import { OPERATOR_ROUTE } from '@tally/nest-kit';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { enforceRateLimit, RequestWithPrincipal } from './enforce-rate-limit.js';
import { RateLimitService } from './rate-limit.service.js';

const allowed = () => true;

/**
 * Rate limiting as a guard, to run after authentication (which leaves
 * `request.principal`). The headers are on the reply also when it throws the 429.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly rateLimits: RateLimitService,
  ) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (context.getType() !== 'http') return true;
    // Probes and scrapers (health, metrics) must not spend a Redis call nor be refused.
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(OPERATOR_ROUTE, targets)) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<RequestWithPrincipal>();
    return enforceRateLimit(this.rateLimits, request, http.getResponse<FastifyReply>()).then(
      allowed,
    );
  }
}
