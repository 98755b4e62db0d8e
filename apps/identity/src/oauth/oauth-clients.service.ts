import {
  AppError,
  CreatedOAuthClient,
  CreateOAuthClientInput,
  IdentityClientRevoked,
  OAuthClientView,
  PageRequest,
  PageResult,
  Principal,
  toBase62,
  UpdateOAuthClientInput,
  ACCESS_TOKEN_LIFETIME_SECONDS,
} from '@tally/contracts';
import { ServiceClient, announce } from '@tally/nest-kit';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { announceChanged } from '../credentials/credential-announcements.js';
import { Actor, AuditService } from '../audit/audit.service.js';
import { CredentialOwners } from '../users/credential-owners.js';
import { SECRET_HASHER, SecretHasher } from '../crypto/secret-hasher.js';
import {
  assertCanGrant,
  assertSameEnvironment,
  boundEnvironmentOf,
  permissionsOf,
} from '../roles/grant-policy.js';
import { RolesRepository } from '../roles/roles.repository.js';
import { OAuthClientsRepository } from './oauth-clients.repository.js';

const randomBase62 = (bytes: number, width: number) =>
  toBase62(BigInt(`0x${randomBytes(bytes).toString('hex')}`), width);

/** OAuth 2.0 clients for the client-credentials grant: an id, a secret shown once, roles. */
@Injectable()
export class OAuthClientsService {
  private readonly logger = new Logger(OAuthClientsService.name);

  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    private readonly clients: OAuthClientsRepository,
    private readonly roles: RolesRepository,
    private readonly audit: AuditService,
    private readonly bus: ServiceClient,
    private readonly owners: CredentialOwners,
    @Inject(SECRET_HASHER) private readonly hasher: SecretHasher,
  ) {}

  async create(principal: Principal, input: CreateOAuthClientInput): Promise<CreatedOAuthClient> {
    assertSameEnvironment(boundEnvironmentOf(principal), input.environment);
    const roles = await this.roles.resolveAll(principal.accountId, input.roles);
    assertCanGrant(principal.permissions, permissionsOf(roles));
    const clientId = `tly_ci_${randomBase62(16, 22)}`;
    const clientSecret = `tly_cs_${randomBase62(32, 43)}`;
    return this.db.transaction(async (manager) => {
      const ownerUserId = await this.owners.ownerFor(principal, input.ownerUserId, manager);
      const id = await this.clients.insert(
        {
          accountId: principal.accountId,
          clientId,
          secretHash: this.hasher.hash(clientSecret),
          name: input.name,
          environment: input.environment,
          createdByUserId: principal.userId ?? null,
          createdByKeyId: principal.credentialType === 'secret_key' ? principal.credentialId : null,
          roleIds: roles.map((role) => role.id),
          ownerUserId,
          metadata: input.metadata ?? {},
        },
        manager,
      );
      await this.audit.record(
        principal,
        'oauth_client.created',
        { type: 'oauth_client', id },
        { name: input.name },
        manager,
      );
      const view = await this.clients.findView(principal.accountId, id, manager);
      if (!view) throw new Error('created OAuth client vanished');
      return { ...view, clientSecret };
    });
  }

  list(principal: Principal, page: PageRequest): Promise<PageResult<OAuthClientView>> {
    return this.clients.page(principal.accountId, page);
  }

  async get(principal: Principal, id: string): Promise<OAuthClientView> {
    const view = await this.clients.findView(principal.accountId, id);
    if (!view) throw notFound();
    return view;
  }

  /** Renames, re-describes, pauses or enables a client that is not revoked. */
  async update(
    principal: Principal,
    id: string,
    input: UpdateOAuthClientInput,
  ): Promise<OAuthClientView> {
    const pausedAt = await this.db.transaction(async (manager) => {
      const current = await this.clients.findView(principal.accountId, id, manager);
      if (!current) throw notFound();
      const changed = await this.clients.update(principal.accountId, id, input, manager);
      if (!changed)
        throw new AppError('conflict', 'This OAuth client is revoked; it cannot be changed.');
      const fields = Object.keys(input).filter(
        (field) => input[field as keyof UpdateOAuthClientInput] !== undefined,
      );
      await this.audit.record(
        principal,
        changed.pausedChanged
          ? input.enabled
            ? 'oauth_client.enabled'
            : 'oauth_client.disabled'
          : 'oauth_client.updated',
        { type: 'oauth_client', id },
        { name: input.name ?? current.name, fields },
        manager,
      );
      return changed.pausedChanged && input.enabled === false ? new Date() : null;
    });
    if (pausedAt) await this.announcePaused([id], pausedAt);
    const view = await this.clients.findView(principal.accountId, id);
    if (!view) throw notFound();
    return view;
  }

  /** Revokes every client of a user leaving the account, each with its audit entry. */
  async revokeOwnedBy(
    actor: Actor,
    ownerUserId: string,
    reason: string,
    manager: EntityManager,
  ): Promise<{ id: string; revokedAt: Date }[]> {
    const revoked = await this.clients.revokeOwnedBy(ownerUserId, manager);
    for (const client of revoked) {
      await this.audit.record(
        actor,
        'oauth_client.revoked',
        { type: 'oauth_client', id: client.id },
        { name: client.name, reason },
        manager,
      );
    }
    return revoked;
  }

  /** Tells every gateway of clients revoked in a transaction that has committed. */
  async announceRevoked(
    accountId: string,
    revoked: readonly { id: string; revokedAt: Date }[],
  ): Promise<void> {
    for (const client of revoked) {
      await announce(this.bus, this.logger, IdentityClientRevoked, {
        id: client.id,
        accountId,
        revokedAt: client.revokedAt.toISOString(),
      });
    }
  }

  /** Tells every gateway to refuse the tokens these clients were issued before `at`. */
  async announcePaused(ids: readonly string[], at: Date): Promise<void> {
    const forgetAfter = new Date(at.getTime() + ACCESS_TOKEN_LIFETIME_SECONDS * 1000);
    await announceChanged(
      this.bus,
      this.logger,
      ids.map((id) => ({ kind: 'oauth_client', credentialId: id, forgetAfter })),
      at,
    );
  }

  async revoke(principal: Principal, id: string): Promise<OAuthClientView> {
    const revokedAt = await this.db.transaction(async (manager) => {
      const current = await this.clients.findView(principal.accountId, id, manager);
      if (!current) throw notFound();
      // Revoking only takes power away: oauth-clients:write is enough, whatever the client holds.
      const at = await this.clients.revoke(principal.accountId, id, manager);
      if (at)
        await this.audit.record(
          principal,
          'oauth_client.revoked',
          { type: 'oauth_client', id },
          { name: current.name },
          manager,
        );
      return at;
    });
    if (revokedAt) {
      await announce(this.bus, this.logger, IdentityClientRevoked, {
        id,
        accountId: principal.accountId,
        revokedAt: revokedAt.toISOString(),
      });
    }
    const view = await this.clients.findView(principal.accountId, id);
    if (!view) throw notFound();
    return view;
  }
}

function notFound(): AppError {
  return new AppError('not_found', 'No OAuth client with this id in your account.');
}
