import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { enforceRateLimit, RequestWithPrincipal } from './enforce-rate-limit.js';
import { RateLimitService } from './rate-limit.service.js';

const OPERATOR_PATHS = ['/health/', '/metrics'];

/**
 * Rate limiting as a guard, to run after authentication (which leaves
 * `request.principal`). The headers are on the reply also when it throws the 429.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(private readonly rateLimits: RateLimitService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const http = context.switchToHttp();
    const request = http.getRequest<RequestWithPrincipal>();
    // Probes and scrapers (health, metrics) must not spend a Redis call nor be refused.
    if (OPERATOR_PATHS.some((prefix) => request.url.startsWith(prefix))) return true;
    await enforceRateLimit(this.rateLimits, request, http.getResponse<FastifyReply>());
    return true;
  }
}
