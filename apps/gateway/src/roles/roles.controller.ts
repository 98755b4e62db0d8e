import { CreateRoleInput, Principal, RoleView } from '@tally/contracts';
import { Body, Controller, Get, Post } from '@nestjs/common';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators.js';
import { PublicApi } from '../http/envelope.interceptor.js';
import { IdentityClient } from '../identity/identity.client.js';

@Controller('api/v1/roles')
@PublicApi()
export class RolesController {
  constructor(private readonly identity: IdentityClient) {}

  @Get()
  @RequirePermission('keys:read')
  list(@CurrentPrincipal() principal: Principal): Promise<RoleView[]> {
    return this.identity.listRoles(principal);
  }

  @Post()
  @RequirePermission('keys:write')
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() input: CreateRoleInput,
  ): Promise<RoleView> {
    return this.identity.createRole(principal, input);
  }
}
