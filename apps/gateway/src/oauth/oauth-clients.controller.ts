import {
  CreatedOAuthClient,
  CreateOAuthClientInput,
  OAuthClientView,
  Page,
  PageQueryInput,
  Principal,
} from '@tally/contracts';
import { Body, Controller, Delete, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators.js';
import { PublicApi } from '../http/envelope.interceptor.js';
import { IdentityClient } from '../identity/identity.client.js';
import { CURSOR_CODEC, CursorCodec } from '../pagination/cursor-codec.js';
import { IdPipe } from '../validation/id.pipe.js';

@Controller('api/v1/oauth-clients')
@PublicApi()
export class OAuthClientsController {
  constructor(
    private readonly identity: IdentityClient,
    @Inject(CURSOR_CODEC) private readonly cursors: CursorCodec,
  ) {}

  @Post()
  @RequirePermission('oauth-clients:write')
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() input: CreateOAuthClientInput,
  ): Promise<CreatedOAuthClient> {
    return this.identity.createOAuthClient(principal, input);
  }

  @Get()
  @RequirePermission('keys:read')
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: PageQueryInput,
  ): Promise<Page<OAuthClientView>> {
    return this.cursors.toPage(
      await this.identity.listOAuthClients(principal, this.cursors.toRequest(query)),
    );
  }

  @Delete(':id')
  @RequirePermission('oauth-clients:write')
  revoke(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
  ): Promise<OAuthClientView> {
    return this.identity.revokeOAuthClient(principal, id);
  }
}
