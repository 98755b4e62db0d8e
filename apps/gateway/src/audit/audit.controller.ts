import {
  AUDIT_ACTION_PREFIXES,
  AUDIT_ACTIONS,
  auditEventFilterOf,
  AuditEventsQuery,
  AuditEventView,
  AuditEventViewSchema,
  Page,
  pageOf,
  Principal,
} from '@tally/contracts';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators.js';
import { PublicApi } from '../http/public-api.decorator.js';
import { IdentityClient } from '../identity/identity.client.js';
import { ApiRoute } from '../openapi/index.js';
import { CURSOR_CODEC, CursorCodec, cursorScope } from '../pagination/cursor-codec.js';

const ACTION_LIST = AUDIT_ACTIONS.map((action) => `\`${action}\``).join(', ');
const PREFIX_LIST = AUDIT_ACTION_PREFIXES.map((prefix) => `\`${prefix}\``).join(', ');

@Controller('api/v1/audit-events')
@PublicApi()
export class AuditController {
  constructor(
    private readonly identity: IdentityClient,
    @Inject(CURSOR_CODEC) private readonly cursors: CursorCodec,
  ) {}

  @Get()
  @RequirePermission('keys:read')
  @ApiRoute({
    summary: 'List audit events',
    description: [
      'Who did what and when in the account, newest first. Actors and targets carry the names they had at the time.',
      '',
      `Filters, combined: \`actor\` (an actor's id), \`actorType\`, \`action\` (one, a comma-separated list, or a prefix), \`from\`/\`to\` (ISO 8601, inclusive). A cursor works only with the filters it was made for.`,
      '',
      `Actions: ${ACTION_LIST}. Prefixes: ${PREFIX_LIST}.`,
      '',
      'Creator events: `creator.connected` and `creator.disconnected` name the credential that started the connection or disconnected; `creator.sync_requested` and the `creator.synced` or `creator.sync_failed` that follows name who asked. Scheduled syncs are not recorded unless they fail for good; `creator.reauth_required` is recorded by Tally (`system`).',
    ].join('\n'),
    tags: ['Audit events'],
    response: pageOf(AuditEventViewSchema),
    errors: [503, 504],
  })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: AuditEventsQuery,
  ): Promise<Page<AuditEventView>> {
    const filter = auditEventFilterOf(query);
    const scope = cursorScope({ ...filter });
    return this.cursors.toPage(
      await this.identity.listAuditEvents(principal, this.cursors.toRequest(query, scope), filter),
      scope,
    );
  }
}
