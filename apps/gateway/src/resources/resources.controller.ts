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
import { PublicApi } from '../http/envelope.interceptor.js';
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
    description: `Finds up to ${MAX_RESOURCES_PER_SEARCH} platform accounts or videos among the account's connected creators and their synced videos, in one request. Each lookup answers \`found\` or \`not_found\`.`,
    tags: ['Resources'],
    response: ResourceSearchResultSchema,
    errors: [503, 504],
  })
  search(
    @CurrentPrincipal() principal: Principal,
    @Body() input: SearchResourcesInput,
  ): Promise<ResourceSearchResult> {
    return this.creators.searchResources(principal, input);
  }
}
