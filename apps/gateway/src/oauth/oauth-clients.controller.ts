import {
  CreatedOAuthClient,
  CreatedOAuthClientSchema,
  CreateOAuthClientInput,
  OAuthClientView,
  OAuthClientViewSchema,
  Page,
  pageOf,
  PageQueryInput,
  UpdateOAuthClientInput,
  Principal,
} from '@tally/contracts';
import { Body, Controller, Delete, Get, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators.js';
import { PublicApi } from '../http/public-api.decorator.js';
import { IdentityClient } from '../identity/identity.client.js';
import { ApiRoute } from '../openapi/index.js';
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
  @ApiRoute({
    summary: 'Create an OAuth client',
    description:
      'A client for the client credentials grant. The answer is the only time its secret is shown: store it now.',
    tags: ['OAuth clients'],
    response: CreatedOAuthClientSchema,
    errors: [{ status: 400, description: 'The body is invalid or a role is unknown.' }, 503, 504],
  })
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() input: CreateOAuthClientInput,
  ): Promise<CreatedOAuthClient> {
    return this.identity.createOAuthClient(principal, input);
  }

  @Get()
  @RequirePermission('keys:read')
  @ApiRoute({
    summary: 'List OAuth clients',
    tags: ['OAuth clients'],
    response: pageOf(OAuthClientViewSchema),
    errors: [503, 504],
  })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: PageQueryInput,
  ): Promise<Page<OAuthClientView>> {
    return this.cursors.toPage(
      await this.identity.listOAuthClients(principal, this.cursors.toRequest(query)),
    );
  }

  @Patch(':id')
  @RequirePermission('oauth-clients:write')
  @ApiRoute({
    summary: 'Update an OAuth client',
    description:
      'Renames it, replaces its `metadata`, or pauses it (`enabled: false`: it gets no tokens and the tokens it holds are refused within a second) and enables it again (it gets new tokens).',
    tags: ['OAuth clients'],
    response: OAuthClientViewSchema,
    params: { id: "The client's id." },
    errors: [404, { status: 409, description: 'The client is revoked.' }, 503, 504],
  })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
    @Body() input: UpdateOAuthClientInput,
  ): Promise<OAuthClientView> {
    return this.identity.updateOAuthClient(principal, id, input);
  }

  @Delete(':id')
  @RequirePermission('oauth-clients:write')
  @ApiRoute({
    summary: 'Revoke an OAuth client',
    description: 'Its access tokens stop working at once.',
    tags: ['OAuth clients'],
    response: OAuthClientViewSchema,
    params: { id: "The client's id." },
    errors: [404, 503, 504],
  })
  revoke(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
  ): Promise<OAuthClientView> {
    return this.identity.revokeOAuthClient(principal, id);
  }
}
