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
} from '@tally/contracts';
import { ServiceClient } from '@tally/nest-kit';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
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
    @Inject(SECRET_HASHER) private readonly hasher: SecretHasher,
  ) {}

  async create(principal: Principal, input: CreateOAuthClientInput): Promise<CreatedOAuthClient> {
    assertSameEnvironment(boundEnvironmentOf(principal), input.environment);
    const roles = await this.roles.resolveAll(principal.accountId, input.roles);
    assertCanGrant(principal.permissions, permissionsOf(roles));
    const clientId = `tly_ci_${randomBase62(16, 22)}`;
    const clientSecret = `tly_cs_${randomBase62(32, 43)}`;
    return this.db.transaction(async (manager) => {
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

  async revoke(principal: Principal, id: string): Promise<OAuthClientView> {
    const revokedAt = await this.db.transaction(async (manager) => {
      const current = await this.clients.findView(principal.accountId, id, manager);
      if (!current)
        throw new AppError('not_found', 'No OAuth client with this id in your account.');
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
      await this.bus
        .emit(IdentityClientRevoked, {
          id,
          accountId: principal.accountId,
          revokedAt: revokedAt.toISOString(),
        })
        .catch((error: unknown) =>
          this.logger.error({ msg: 'could not publish client revocation', err: error }),
        );
    }
    const view = await this.clients.findView(principal.accountId, id);
    if (!view) throw new AppError('not_found', 'No OAuth client with this id in your account.');
    return view;
  }
}
