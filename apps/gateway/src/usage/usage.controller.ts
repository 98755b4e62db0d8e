import { Principal, UsageQuery, UsageReport, UsageReportSchema } from '@tally/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators.js';
import { PublicApi } from '../http/public-api.decorator.js';
import { ApiRoute } from '../openapi/index.js';
import { UsageService } from './usage.service.js';

@Controller('api/v1/usage')
@PublicApi()
export class UsageController {
  constructor(private readonly usage: UsageService) {}

  @Get()
  @RequirePermission('keys:read')
  @ApiRoute({
    summary: "Get the account's API usage",
    description:
      "Requests of the caller's account by outcome (`succeeded`, `failed`, `refused` by the rate limiter) over the last 24 hours (hourly buckets) or 7 days (6-hour buckets), in total, per credential and per environment, with each environment's rate-limit pool as it stands now. Counts reach the report within a few seconds of the requests.",
    tags: ['Usage'],
    response: UsageReportSchema,
    errors: [{ status: 503, description: 'Usage cannot be read: Redis is unreachable.' }],
  })
  report(
    @CurrentPrincipal() principal: Principal,
    @Query() query: UsageQuery,
  ): Promise<UsageReport> {
    return this.usage.report(principal, query);
  }
}
