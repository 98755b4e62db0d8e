import {
  MemberView,
  MemberViewSchema,
  Page,
  pageOf,
  PageQueryInput,
  Principal,
  RemovedMember,
  RemovedMemberSchema,
  UpdateMemberInput,
} from '@tally/contracts';
import { Body, Controller, Delete, Get, Inject, Param, Patch, Query } from '@nestjs/common';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators.js';
import { PublicApi } from '../http/public-api.decorator.js';
import { ApiRoute } from '../openapi/index.js';
import { CURSOR_CODEC, CursorCodec } from '../pagination/cursor-codec.js';
import { IdPipe } from '../validation/id.pipe.js';
import { TeamClient } from './team.client.js';

const TAGS = ['Team'];
const MEMBER_ID = "The member's user id.";
const NOT_FOUND = {
  status: 404,
  description:
    'No member with this id in the account (also for a service user or a removed member).',
} as const;
const OWNERS_ONLY = {
  status: 403,
  description: 'Making, changing or removing an owner needs `account:admin` (owners hold it).',
} as const;
const LAST_OWNER = {
  status: 409,
  description: '`conflict`: the account would be left without an owner.',
} as const;

@Controller('api/v1/members')
@PublicApi()
export class MembersController {
  constructor(
    private readonly team: TeamClient,
    @Inject(CURSOR_CODEC) private readonly cursors: CursorCodec,
  ) {}

  @Get()
  @RequirePermission('users:read')
  @ApiRoute({
    summary: 'List members',
    description: 'The people of the account, who sign in to the dashboard. Newest first.',
    tags: TAGS,
    response: pageOf(MemberViewSchema),
    errors: [503, 504],
  })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: PageQueryInput,
  ): Promise<Page<MemberView>> {
    return this.cursors.toPage(
      await this.team.listMembers(principal, this.cursors.toRequest(query)),
    );
  }

  @Patch(':id')
  @RequirePermission('users:write')
  @ApiRoute({
    summary: "Change a member's role",
    description:
      'Takes effect on their next request: their sessions keep going with the new role. The account always keeps at least one owner.',
    tags: TAGS,
    response: MemberViewSchema,
    params: { id: MEMBER_ID },
    errors: [OWNERS_ONLY, NOT_FOUND, LAST_OWNER, 503, 504],
  })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
    @Body() input: UpdateMemberInput,
  ): Promise<MemberView> {
    return this.team.updateMember(principal, id, input);
  }

  @Delete(':id')
  @RequirePermission('users:write')
  @ApiRoute({
    summary: 'Remove a member',
    description:
      'Their sessions end at once, and the API keys and OAuth clients they owned are revoked: give machines keys of a service user instead.',
    tags: TAGS,
    response: RemovedMemberSchema,
    params: { id: MEMBER_ID },
    errors: [OWNERS_ONLY, NOT_FOUND, LAST_OWNER, 503, 504],
  })
  remove(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
  ): Promise<RemovedMember> {
    return this.team.removeMember(principal, id);
  }
}
