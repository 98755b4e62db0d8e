import {
  IdentityRolesCreate,
  IdentityRolesList,
  type ReceivedRequestOf,
  type ReplyOf,
} from '@tally/contracts';
import { Handles } from '@tally/nest-kit';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RolesService } from './roles.service.js';

@Controller()
export class RolesHandler {
  constructor(private readonly roles: RolesService) {}

  @Handles(IdentityRolesList)
  list(
    @Payload() request: ReceivedRequestOf<typeof IdentityRolesList>,
  ): Promise<ReplyOf<typeof IdentityRolesList>> {
    return this.roles.list(request.principal);
  }

  @Handles(IdentityRolesCreate)
  create(
    @Payload() request: ReceivedRequestOf<typeof IdentityRolesCreate>,
  ): Promise<ReplyOf<typeof IdentityRolesCreate>> {
    return this.roles.create(request.principal, request.input);
  }
}
