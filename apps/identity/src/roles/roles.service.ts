import { AppError, CreateRoleInput, Principal, RoleView } from '@tally/contracts';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { assertCanGrant } from './grant-policy.js';
import { RolesRepository } from './roles.repository.js';

@Injectable()
export class RolesService {
  constructor(
    private readonly roles: RolesRepository,
    private readonly audit: AuditService,
  ) {}

  list(principal: Principal): Promise<RoleView[]> {
    return this.roles.listForAccount(principal.accountId);
  }

  async create(principal: Principal, input: CreateRoleInput): Promise<RoleView> {
    assertCanGrant(principal.permissions, input.permissions);
    const role = await this.roles.create(principal.accountId, {
      name: input.name,
      description: input.description ?? '',
      permissions: [...new Set(input.permissions)].sort(),
    });
    if (!role)
      throw new AppError('conflict', `A role named "${input.name}" already exists.`, [
        { field: 'name', reason: 'taken' },
      ]);
    await this.audit.record(
      principal,
      'role.created',
      { type: 'role', id: role.id },
      { name: role.name, permissions: role.permissions },
    );
    return role;
  }
}
