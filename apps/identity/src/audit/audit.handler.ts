import { IdentityAuditEventsList, type ReceivedRequestOf, type ReplyOf } from '@tally/contracts';
import { Handles } from '@tally/nest-kit';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditService } from './audit.service.js';

@Controller()
export class AuditHandler {
  constructor(private readonly audit: AuditService) {}

  @Handles(IdentityAuditEventsList)
  list(
    @Payload() request: ReceivedRequestOf<typeof IdentityAuditEventsList>,
  ): Promise<ReplyOf<typeof IdentityAuditEventsList>> {
    return this.audit.list(request.principal, request.page, request.filter);
  }
}
