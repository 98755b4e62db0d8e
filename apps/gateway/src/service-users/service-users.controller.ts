import {
  CreateServiceUserInput,
  DeletedServiceUser,
  DeletedServiceUserSchema,
  Page,
  pageOf,
  PageQueryInput,
  Principal,
  ServiceUserView,
  ServiceUserViewSchema,
  UpdateServiceUserInput,
} from '@tally/contracts';
import { Body, Controller, Delete, Get, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators.js';
import { PublicApi } from '../http/public-api.decorator.js';
import { ApiRoute } from '../openapi/index.js';
import { CURSOR_CODEC, CursorCodec } from '../pagination/cursor-codec.js';
import { TeamClient } from '../team/team.client.js';
import { IdPipe } from '../validation/id.pipe.js';

const TAGS = ['Service users'];
const USER_ID = "The service user's id.";
const NOT_FOUND = {
  status: 404,
  description: 'No service user with this id in the account (also for a member or a deleted one).',
} as const;
const NAME_TAKEN = {
  status: 409,
  description: '`conflict`: the account already has a service user with this name.',
} as const;

@Controller('api/v1/service-users')
@PublicApi()
export class ServiceUsersController {
  constructor(
    private readonly team: TeamClient,
    @Inject(CURSOR_CODEC) private readonly cursors: CursorCodec,
  ) {}

  @Post()
  @RequirePermission('users:write')
  @ApiRoute({
    summary: 'Create a service user',
    description:
      "A machine identity of the organisation. Give it keys (`POST /api/v1/keys` with `ownerUserId`) and OAuth clients that outlive any one person's membership.",
    tags: TAGS,
    response: ServiceUserViewSchema,
    errors: [NAME_TAKEN, 503, 504],
  })
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() input: CreateServiceUserInput,
  ): Promise<ServiceUserView> {
    return this.team.createServiceUser(principal, input);
  }

  @Get()
  @RequirePermission('users:read')
  @ApiRoute({
    summary: 'List service users',
    description: 'Newest first, each with how many keys and OAuth clients it owns that still work.',
    tags: TAGS,
    response: pageOf(ServiceUserViewSchema),
    errors: [503, 504],
  })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: PageQueryInput,
  ): Promise<Page<ServiceUserView>> {
    return this.cursors.toPage(
      await this.team.listServiceUsers(principal, this.cursors.toRequest(query)),
    );
  }

  @Get(':id')
  @RequirePermission('users:read')
  @ApiRoute({
    summary: 'Get a service user',
    tags: TAGS,
    response: ServiceUserViewSchema,
    params: { id: USER_ID },
    errors: [NOT_FOUND, 503, 504],
  })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
  ): Promise<ServiceUserView> {
    return this.team.getServiceUser(principal, id);
  }

  @Patch(':id')
  @RequirePermission('users:write')
  @ApiRoute({
    summary: 'Update a service user',
    description:
      '`enabled: false` disables it: every key and OAuth client it owns is refused on every gateway within a second (401 `key_disabled` for keys), and works again once it is enabled. Also renames it or changes its description.',
    tags: TAGS,
    response: ServiceUserViewSchema,
    params: { id: USER_ID },
    errors: [NOT_FOUND, NAME_TAKEN, 503, 504],
  })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
    @Body() input: UpdateServiceUserInput,
  ): Promise<ServiceUserView> {
    return this.team.updateServiceUser(principal, id, input);
  }

  @Delete(':id')
  @RequirePermission('users:write')
  @ApiRoute({
    summary: 'Delete a service user',
    description: 'Revokes every key and OAuth client it owns.',
    tags: TAGS,
    response: DeletedServiceUserSchema,
    params: { id: USER_ID },
    errors: [NOT_FOUND, 503, 504],
  })
  remove(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
  ): Promise<DeletedServiceUser> {
    return this.team.deleteServiceUser(principal, id);
  }
}
