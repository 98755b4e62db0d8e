import {
  MAX_RESOURCES_PER_SEARCH,
  Principal,
  ResourceSearchResult,
  ResourceSearchResultSchema,
  SearchResourcesInput,
} from '@tally/contracts';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators.js';
import { CreatorsClient } from '../creators/creators.client.js';
import { PublicApi } from '../http/public-api.decorator.js';
import { ApiRoute } from '../openapi/index.js';

@Controller('api/v1/resources')
@PublicApi()
export class ResourcesController {
  constructor(private readonly creators: CreatorsClient) {}

  @Post('search')
  @HttpCode(200)
  @RequirePermission('creators:read')
  @ApiRoute({
    summary: 'Look up accounts and videos',
    description: `Finds up to ${MAX_RESOURCES_PER_SEARCH} platform accounts or videos in one request: first among the account's connected creators and their synced videos (\`source: "connected"\`); then, for YouTube only, publicly with Tally's server key (\`source: "public"\`: a channel by \`@handle\`, handle, channel id or URL, a video by id or URL), each costing a unit of YouTube's daily quota and kept for \`PUBLIC_LOOKUP_TTL\` (1 hour by default). TikTok and Instagram accounts and videos that are not connected answer \`found: false\` with \`reason: "not_connected"\`: their public lookups need platform approvals Tally does not have. A public lookup refused because the quota is spent answers \`reason: "quota_exhausted"\` with \`retryAfterSeconds\`.`,
    tags: ['Resources'],
    response: ResourceSearchResultSchema,
    errors: [
      {
        status: 502,
        description: 'YouTube could not answer a public lookup; try again in a moment.',
      },
      503,
      504,
    ],
  })
  search(
    @CurrentPrincipal() principal: Principal,
    @Body() input: SearchResourcesInput,
  ): Promise<ResourceSearchResult> {
    return this.creators.searchResources(principal, input);
  }
}
