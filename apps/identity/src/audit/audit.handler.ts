import {
  AuditEventView,
  IdentitySubjects,
  ListAuditEventsRequest,
  PageResult,
} from '@tally/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AuditService } from './audit.service.js';

@Controller()
export class AuditHandler {
  constructor(private readonly audit: AuditService) {}

  @MessagePattern(IdentitySubjects.listAuditEvents)
  list(@Payload() request: ListAuditEventsRequest): Promise<PageResult<AuditEventView>> {
    return this.audit.list(request.principal, request.page, request.filter ?? {});
  }
}
