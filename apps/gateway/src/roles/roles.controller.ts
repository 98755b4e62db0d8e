import { CreateRoleInput, Principal, RoleView, RoleViewSchema } from '@tally/contracts';
import { z } from 'zod';
import { Body, Controller, Get, Post } from '@nestjs/common';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators.js';
import { PublicApi } from '../http/public-api.decorator.js';
import { IdentityClient } from '../identity/identity.client.js';
import { ApiRoute } from '../openapi/index.js';

@Controller('api/v1/roles')
@PublicApi()
export class RolesController {
  constructor(private readonly identity: IdentityClient) {}

  @Get()
  @RequirePermission('keys:read')
  @ApiRoute({
    summary: 'List roles',
    description:
      "The built-in roles (`read-only`, `creators-manager`, `key-admin`, `full-access`) and the account's own.",
    response: z.array(RoleViewSchema),
    errors: [503, 504],
  })
  list(@CurrentPrincipal() principal: Principal): Promise<RoleView[]> {
    return this.identity.listRoles(principal);
  }

  @Post()
  @RequirePermission('keys:write')
  @ApiRoute({
    summary: 'Create a role',
    description:
      'A named set of permissions for keys. Nobody can grant a permission they do not hold.',
    response: RoleViewSchema,
    errors: [
      {
        status: 403,
        description:
          'The role would grant a permission the caller does not hold, or the caller lacks `keys:write`.',
      },
      { status: 409, description: 'A role with this name already exists.' },
      503,
      504,
    ],
  })
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() input: CreateRoleInput,
  ): Promise<RoleView> {
    return this.identity.createRole(principal, input);
  }
}
