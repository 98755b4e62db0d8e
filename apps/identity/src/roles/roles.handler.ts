import {
  CreateRoleInput,
  CreateRoleRequest,
  IdentitySubjects,
  RoleView,
  Scoped,
  validateInput,
} from '@tally/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { RolesService } from './roles.service.js';

@Controller()
export class RolesHandler {
  constructor(private readonly roles: RolesService) {}

  @MessagePattern(IdentitySubjects.listRoles)
  list(@Payload() request: Scoped): Promise<RoleView[]> {
    return this.roles.list(request.principal);
  }

  @MessagePattern(IdentitySubjects.createRole)
  create(@Payload() request: CreateRoleRequest): Promise<RoleView> {
    return this.roles.create(request.principal, validateInput(CreateRoleInput, request.input));
  }
}
