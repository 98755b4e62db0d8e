import {
  AppError,
  type CreateServiceUserInput,
  type DeletedServiceUser,
  type PageRequest,
  type PageResult,
  type Principal,
  type ServiceUserView,
  type UpdateServiceUserInput,
} from '@tally/contracts';
import { ServiceClient } from '@tally/nest-kit';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { announceChanged } from '../credentials/credential-announcements.js';
import { AuditService } from '../audit/audit.service.js';
import { ApiKeysRepository } from '../keys/api-keys.repository.js';
import { ApiKeysService } from '../keys/api-keys.service.js';
import { OAuthClientsRepository } from '../oauth/oauth-clients.repository.js';
import { OAuthClientsService } from '../oauth/oauth-clients.service.js';
import { ServiceUsersRepository } from './service-users.repository.js';

function notFound(): AppError {
  return new AppError('not_found', 'No service user with this id in your account.');
}

function nameTaken(): AppError {
  return new AppError('conflict', 'The account already has a service user with this name.', [
    { field: 'name', reason: 'taken' },
  ]);
}

function translateUniqueName(error: unknown): never {
  if ((error as { code?: string }).code === '23505') throw nameTaken();
  throw error;
}

/**
 * The organisation's machine identities. Disabling one pauses every key and
 * OAuth client it owns on every gateway at once; deleting one revokes them.
 */
@Injectable()
export class ServiceUsersService {
  private readonly logger = new Logger(ServiceUsersService.name);

  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    private readonly serviceUsers: ServiceUsersRepository,
    private readonly keyRows: ApiKeysRepository,
    private readonly clientRows: OAuthClientsRepository,
    private readonly keys: ApiKeysService,
    private readonly clients: OAuthClientsService,
    private readonly audit: AuditService,
    private readonly bus: ServiceClient,
  ) {}

  async create(principal: Principal, input: CreateServiceUserInput): Promise<ServiceUserView> {
    const id = await this.db
      .transaction(async (manager) => {
        const created = await this.serviceUsers.insert(
          principal.accountId,
          { name: input.name, description: input.description ?? '' },
          manager,
        );
        await this.audit.record(
          principal,
          'service_user.created',
          { type: 'user', id: created, name: input.name },
          { name: input.name },
          manager,
        );
        return created;
      })
      .catch(translateUniqueName);
    return this.get(principal, id);
  }

  list(principal: Principal, page: PageRequest): Promise<PageResult<ServiceUserView>> {
    return this.serviceUsers.page(principal.accountId, page);
  }

  async get(principal: Principal, id: string): Promise<ServiceUserView> {
    const user = await this.serviceUsers.find(principal.accountId, id);
    if (!user) throw notFound();
    return user;
  }

  async update(
    principal: Principal,
    id: string,
    input: UpdateServiceUserInput,
  ): Promise<ServiceUserView> {
    const change = await this.db
      .transaction(async (manager) => {
        if (!(await this.serviceUsers.lock(principal.accountId, id, manager))) throw notFound();
        const before = await this.serviceUsers.find(principal.accountId, id, manager);
        if (!before) throw notFound();
        const switched = input.enabled !== undefined && input.enabled !== before.enabled;
        // What stops or starts working with it, read before the change (while the user is locked).
        const keys = switched ? await this.keyRows.activeIdsOwnedBy(id, manager) : [];
        const clients =
          switched && !input.enabled ? await this.clientRows.activeIdsOwnedBy(id, manager) : [];
        await this.serviceUsers.update(id, input, manager);
        const action = !switched
          ? 'service_user.updated'
          : input.enabled
            ? 'service_user.enabled'
            : 'service_user.disabled';
        await this.audit.record(
          principal,
          action,
          { type: 'user', id, name: input.name ?? before.name },
          switched
            ? input.enabled
              ? { keysEnabled: keys.length }
              : { keysDisabled: keys.length, oauthClientsDisabled: clients.length }
            : { fields: Object.keys(input) },
          manager,
        );
        return { keys, clients, at: new Date() };
      })
      .catch(translateUniqueName);
    await this.announce(change);
    return this.get(principal, id);
  }

  async remove(principal: Principal, id: string): Promise<DeletedServiceUser> {
    const outcome = await this.db.transaction(async (manager) => {
      if (!(await this.serviceUsers.lock(principal.accountId, id, manager))) throw notFound();
      const revokedKeys = await this.keys.revokeOwnedBy(principal, id, 'owner deleted', manager);
      const revokedClients = await this.clients.revokeOwnedBy(
        principal,
        id,
        'owner deleted',
        manager,
      );
      await this.audit.record(
        principal,
        'service_user.deleted',
        { type: 'user', id },
        { keysRevoked: revokedKeys.length, oauthClientsRevoked: revokedClients.length },
        manager,
      );
      await this.serviceUsers.remove(id, manager);
      return { revokedKeys, revokedClients };
    });
    await this.keys.announceRevoked(outcome.revokedKeys);
    await this.clients.announceRevoked(principal.accountId, outcome.revokedClients);
    return {
      deleted: true,
      keysRevoked: outcome.revokedKeys.length,
      oauthClientsRevoked: outcome.revokedClients.length,
    };
  }

  /** The fast path to every gateway; the revocation log (written by triggers) is the sure one. */
  private async announce(change: {
    keys: { id: string; expiresAt: Date }[];
    clients: string[];
    at: Date;
  }): Promise<void> {
    await announceChanged(
      this.bus,
      this.logger,
      change.keys.map((key) => ({
        kind: 'api_key',
        credentialId: key.id,
        forgetAfter: key.expiresAt,
      })),
      change.at,
    );
    await this.clients.announcePaused(change.clients, change.at);
  }
}
