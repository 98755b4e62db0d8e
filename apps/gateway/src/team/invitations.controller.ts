import {
  AcceptInvitationInput,
  CreatedInvitation,
  CreatedInvitationSchema,
  CreateInvitationInput,
  InvitationPreview,
  InvitationPreviewSchema,
  InvitationTokenInput,
  InvitationView,
  InvitationViewSchema,
  INVITATION_TTL_DAYS,
  MAX_PENDING_INVITATIONS,
  Page,
  pageOf,
  PageQueryInput,
  Principal,
  RevokedInvitationSchema,
  SessionViewSchema,
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
  Req,
  Res,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentPrincipal, Public, RequirePermission } from '../auth/auth.decorators.js';
import {
  COOKIE_POLICY,
  CookiePolicy,
  sessionView,
  setSessionCookies,
} from '../auth/session-cookies.js';
import { PublicApi } from '../http/public-api.decorator.js';
import { ApiRoute, headerRefs } from '../openapi/index.js';
import { CURSOR_CODEC, CursorCodec } from '../pagination/cursor-codec.js';
import { IdPipe } from '../validation/id.pipe.js';
import { TeamClient } from './team.client.js';

const TAGS = ['Team'];
const INVALID_LINK = {
  status: 404,
  description: '`not_found`: the link is unknown, used, withdrawn or expired.',
} as const;

@Controller('api/v1/invitations')
@PublicApi()
export class InvitationsController {
  constructor(
    private readonly team: TeamClient,
    @Inject(CURSOR_CODEC) private readonly cursors: CursorCodec,
    @Inject(COOKIE_POLICY) private readonly cookies: CookiePolicy,
  ) {}

  @Post()
  @RequirePermission('users:write')
  @ApiRoute({
    summary: 'Invite a member',
    description: `Sends a single-use link, valid ${INVITATION_TTL_DAYS} days, to the email (with \`MAIL_*\` set; otherwise the answer carries the link to pass on). A new invitation to the same email replaces a pending one. At most ${MAX_PENDING_INVITATIONS} pending invitations.`,
    tags: TAGS,
    response: CreatedInvitationSchema,
    errors: [
      {
        status: 403,
        description: 'Inviting an owner needs `account:admin`, or the caller lacks `users:write`.',
      },
      {
        status: 409,
        description: `\`conflict\`: the email is already a member, or ${MAX_PENDING_INVITATIONS} invitations are pending.`,
      },
      { status: 503, description: 'The email could not be sent, or a service is unavailable.' },
      504,
    ],
  })
  invite(
    @CurrentPrincipal() principal: Principal,
    @Body() input: CreateInvitationInput,
  ): Promise<CreatedInvitation> {
    return this.team.invite(principal, input);
  }

  @Get()
  @RequirePermission('users:read')
  @ApiRoute({
    summary: 'List pending invitations',
    description: 'Invitations neither accepted, withdrawn nor expired. Newest first.',
    tags: TAGS,
    response: pageOf(InvitationViewSchema),
    errors: [503, 504],
  })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: PageQueryInput,
  ): Promise<Page<InvitationView>> {
    return this.cursors.toPage(
      await this.team.listInvitations(principal, this.cursors.toRequest(query)),
    );
  }

  @Delete(':id')
  @RequirePermission('users:write')
  @ApiRoute({
    summary: 'Withdraw an invitation',
    description: 'Its link stops working.',
    tags: TAGS,
    response: RevokedInvitationSchema,
    params: { id: "The invitation's id." },
    errors: [
      { status: 404, description: 'No pending invitation with this id in the account.' },
      503,
      504,
    ],
  })
  revoke(@CurrentPrincipal() principal: Principal, @Param('id', IdPipe) id: string) {
    return this.team.revokeInvitation(principal, id);
  }

  @Post('preview')
  @Public()
  @HttpCode(200)
  @ApiRoute({
    summary: 'Read an invitation',
    description:
      "What the link offers (the account, the email and the role), before it is accepted. The token is the link's `#token=`.",
    tags: TAGS,
    response: InvitationPreviewSchema,
    errors: [INVALID_LINK, 503, 504],
  })
  preview(@Body() input: InvitationTokenInput): Promise<InvitationPreview> {
    return this.team.previewInvitation(input.token);
  }

  @Post('accept')
  @Public()
  @ApiRoute({
    summary: 'Accept an invitation',
    description:
      'Creates the member with the password chosen (the same rules as sign-up) and signs them in, as sign-up does: the session token comes back only as the httpOnly `tally_session` cookie. The link works once.',
    tags: TAGS,
    response: SessionViewSchema,
    responseHeaders: headerRefs(['Set-Cookie']),
    errors: [
      INVALID_LINK,
      {
        status: 409,
        description:
          '`conflict`: the email already has a Tally account (one email, one organisation).',
      },
      503,
      504,
    ],
  })
  async accept(
    @Body() input: AcceptInvitationInput,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const session = await this.team.acceptInvitation(input, request.ip);
    setSessionCookies(reply, session, this.cookies);
    return sessionView(session);
  }
}
