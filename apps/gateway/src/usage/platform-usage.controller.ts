import { PlatformUsageReport, PlatformUsageReportSchema, Principal } from '@tally/contracts';
import { Controller, Get } from '@nestjs/common';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators.js';
import { CreatorsClient } from '../creators/creators.client.js';
import { PublicApi } from '../http/public-api.decorator.js';
import { ApiRoute } from '../openapi/index.js';

/** The platforms' budgets, which the creators service keeps for every customer together. */
@Controller('api/v1/usage/platforms')
@PublicApi()
export class PlatformUsageController {
  constructor(private readonly creators: CreatorsClient) {}

  @Get()
  @RequirePermission('keys:read')
  @ApiRoute({
    summary: "Get the platforms' budgets Tally is using",
    description:
      "Each platform's limit as Tally keeps it for every customer together, and YouTube's daily quota in units: spent today, left (the reserve included), the reserve kept for syncs customers ask for and public lookups, and when it resets (midnight Pacific time). When it is spent, `POST /creators/{id}/sync` of a YouTube creator answers 429 `platform_quota_exhausted` until the reset.",
    tags: ['Usage'],
    response: PlatformUsageReportSchema,
    errors: [503, 504],
  })
  report(@CurrentPrincipal() principal: Principal): Promise<PlatformUsageReport> {
    return this.creators.platformUsage(principal);
  }
}
