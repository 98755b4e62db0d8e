import {
  ApiKeyView,
  CreatedApiKey,
  CreateKeyInput,
  Page,
  PageQueryInput,
  Principal,
  RollKeyInput,
} from '@tally/contracts';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators.js';
import { PublicApi } from '../http/envelope.interceptor.js';
import { IdentityClient } from '../identity/identity.client.js';
import { CURSOR_CODEC, CursorCodec } from '../pagination/cursor-codec.js';
import { IdPipe } from '../validation/id.pipe.js';

@Controller('api/v1/keys')
@PublicApi()
export class KeysController {
  constructor(
    private readonly identity: IdentityClient,
    @Inject(CURSOR_CODEC) private readonly cursors: CursorCodec,
  ) {}

  @Post()
  @RequirePermission('keys:write')
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() input: CreateKeyInput,
  ): Promise<CreatedApiKey> {
    return this.identity.createKey(principal, input);
  }

  @Get()
  @RequirePermission('keys:read')
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: PageQueryInput,
  ): Promise<Page<ApiKeyView>> {
    return this.cursors.toPage(
      await this.identity.listKeys(principal, this.cursors.toRequest(query)),
    );
  }

  @Get(':id')
  @RequirePermission('keys:read')
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
  ): Promise<ApiKeyView> {
    return this.identity.getKey(principal, id);
  }

  @Delete(':id')
  @RequirePermission('keys:write')
  revoke(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
  ): Promise<ApiKeyView> {
    return this.identity.revokeKey(principal, id);
  }

  @Post(':id/roll')
  @HttpCode(201)
  @RequirePermission('keys:write')
  roll(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
    @Body() input: RollKeyInput,
  ): Promise<CreatedApiKey> {
    return this.identity.rollKey(principal, id, input);
  }
}
