import {
  ApiKeyView,
  ApiKeyViewSchema,
  CreatedApiKey,
  CreatedApiKeySchema,
  CreateKeyInput,
  KeysQueryInput,
  Page,
  pageOf,
  Principal,
  RollKeyInput,
  UpdateKeyInput,
} from '@tally/contracts';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators.js';
import { PublicApi } from '../http/public-api.decorator.js';
import { IdentityClient } from '../identity/identity.client.js';
import { ApiRoute } from '../openapi/index.js';
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
  @ApiRoute({
    summary: 'Create an API key',
    description:
      'The answer is the only time the key itself is shown: store it now. Nobody can grant a permission they do not hold. The key belongs to `ownerUserId` (a service user, or yourself by default).',
    response: CreatedApiKeySchema,
    errors: [
      {
        status: 400,
        description:
          'The body is invalid, a role is unknown, or a publishable key would hold more than `creators:read`.',
      },
      {
        status: 403,
        description:
          'The roles grant a permission the caller does not hold, `ownerUserId` is another member and the caller lacks `account:admin`, or the caller lacks `keys:write`.',
      },
      { status: 409, description: '`ownerUserId` is a disabled service user.' },
      503,
      504,
    ],
  })
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() input: CreateKeyInput,
  ): Promise<CreatedApiKey> {
    return this.identity.createKey(principal, input);
  }

  @Get()
  @RequirePermission('keys:read')
  @ApiRoute({
    summary: 'List API keys',
    description:
      "Metadata only: each key shows its `start`, never the secret, and its `owner`. Newest first; `?ownerUserId=` keeps one user's keys.",
    response: pageOf(ApiKeyViewSchema),
    errors: [503, 504],
  })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: KeysQueryInput,
  ): Promise<Page<ApiKeyView>> {
    const { ownerUserId, ...page } = query;
    return this.cursors.toPage(
      await this.identity.listKeys(principal, this.cursors.toRequest(page), { ownerUserId }),
    );
  }

  @Patch(':id')
  @RequirePermission('keys:write')
  @ApiRoute({
    summary: 'Update an API key',
    description:
      'Renames it, replaces its `metadata`, or pauses it (`enabled: false`: 401 `key_disabled` on every gateway within a second, without revoking it) and enables it again.',
    response: ApiKeyViewSchema,
    params: { id: "The key's id." },
    errors: [404, { status: 409, description: 'The key is revoked.' }, 503, 504],
  })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
    @Body() input: UpdateKeyInput,
  ): Promise<ApiKeyView> {
    return this.identity.updateKey(principal, id, input);
  }

  @Get(':id')
  @RequirePermission('keys:read')
  @ApiRoute({
    summary: 'Get an API key',
    response: ApiKeyViewSchema,
    params: { id: "The key's id." },
    errors: [404, 503, 504],
  })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
  ): Promise<ApiKeyView> {
    return this.identity.getKey(principal, id);
  }

  @Delete(':id')
  @RequirePermission('keys:write')
  @ApiRoute({
    summary: 'Revoke an API key',
    description: 'Every gateway refuses the key within a second.',
    response: ApiKeyViewSchema,
    params: { id: "The key's id." },
    errors: [404, 503, 504],
  })
  revoke(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
  ): Promise<ApiKeyView> {
    return this.identity.revokeKey(principal, id);
  }

  @Post(':id/roll')
  @HttpCode(201)
  @RequirePermission('keys:write')
  @ApiRoute({
    summary: 'Roll an API key',
    description:
      "Issues a replacement with the same settings and owner; the old key keeps working until the grace period ends. The answer is the only time the new key is shown. The caller must hold what the key grants, and rolling another member's key takes `account:admin` (a service user's key or your own takes `keys:write`).",
    response: CreatedApiKeySchema,
    params: { id: "The key's id." },
    errors: [
      {
        status: 403,
        description:
          'The key grants what the caller does not hold, or belongs to another member and the caller lacks `account:admin`.',
      },
      404,
      { status: 409, description: 'The key is revoked, expired or already rolled.' },
      503,
      504,
    ],
  })
  roll(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
    @Body() input: RollKeyInput,
  ): Promise<CreatedApiKey> {
    return this.identity.rollKey(principal, id, input);
  }
}
