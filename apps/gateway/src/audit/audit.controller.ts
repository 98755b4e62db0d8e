import { AuditEventView, Page, PageQueryInput, Principal } from '@tally/contracts';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators.js';
import { PublicApi } from '../http/envelope.interceptor.js';
import { IdentityClient } from '../identity/identity.client.js';
import { ApiRoute, pageOf, schemaRef } from '../openapi/index.js';
import { CURSOR_CODEC, CursorCodec } from '../pagination/cursor-codec.js';

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
    description: 'Who did what and when in the account, newest first.',
    tags: ['Audit events'],
    response: pageOf(schemaRef('AuditEventView')),
    errors: [503, 504],
  })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: PageQueryInput,
  ): Promise<Page<AuditEventView>> {
    return this.cursors.toPage(
      await this.identity.listAuditEvents(principal, this.cursors.toRequest(query)),
    );
  }
}
