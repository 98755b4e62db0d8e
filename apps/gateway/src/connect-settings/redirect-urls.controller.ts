import {
  MAX_ALLOWED_REDIRECT_URLS,
  Principal,
  RedirectUrlsView,
  RedirectUrlsViewSchema,
  ReplaceRedirectUrlsInput,
} from '@tally/contracts';
import { Body, Controller, Get, Put } from '@nestjs/common';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators.js';
import { CreatorsClient } from '../creators/creators.client.js';
import { PublicApi } from '../http/public-api.decorator.js';
import { ApiRoute } from '../openapi/index.js';

const MATCHING = [
  "A connect flow's `redirectUrl` is accepted when its origin (scheme, host, port) is one of theirs and its path",
  'is theirs or lies below it: `https://shop.example/creators` allows `https://shop.example/creators/done?tab=1`',
  'but not `https://shop.example/creatorship`; an entry without a path allows its whole origin.',
].join(' ');

@Controller('api/v1/connect/redirect-urls')
@PublicApi()
export class RedirectUrlsController {
  constructor(private readonly creators: CreatorsClient) {}

  @Get()
  @RequirePermission('creators:read')
  @ApiRoute({
    summary: 'List the allowed redirect URLs',
    description: `Where connect flows may send the creator's browser back to. ${MATCHING}`,
    tags: ['Connect'],
    response: RedirectUrlsViewSchema,
    errors: [503, 504],
  })
  list(@CurrentPrincipal() principal: Principal): Promise<RedirectUrlsView> {
    return this.creators.redirectUrls(principal);
  }

  @Put()
  @RequirePermission('creators:write')
  @ApiRoute({
    summary: 'Replace the allowed redirect URLs',
    description: [
      `The whole list, up to ${MAX_ALLOWED_REDIRECT_URLS} absolute https URLs (http only for localhost and`,
      '127.0.0.1), without query or fragment; trailing slashes are dropped and duplicates kept once.',
      `${MATCHING} An empty list refuses every \`redirectUrl\`. Recorded in the audit log.`,
    ].join(' '),
    tags: ['Connect'],
    response: RedirectUrlsViewSchema,
    errors: [
      {
        status: 400,
        description: 'A URL is not absolute https (or http on localhost), or there are too many.',
      },
      503,
      504,
    ],
  })
  replace(
    @CurrentPrincipal() principal: Principal,
    @Body() input: ReplaceRedirectUrlsInput,
  ): Promise<RedirectUrlsView> {
    return this.creators.replaceRedirectUrls(principal, input);
  }
}
