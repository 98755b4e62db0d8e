import {
  AppError,
  ApiKeyView,
  CreatedApiKey,
  CreateKeyInput,
  formatApiKey,
  IdentityKeyRevoked,
  IdentityKeyRolled,
  KeyListFilter,
  PageRequest,
  PageResult,
  parseApiKey,
  Principal,
  RollKeyInput,
  UpdateKeyInput,
  type Environment,
} from '@tally/contracts';
import { OutboxWriter, ServiceClient, announce } from '@tally/nest-kit';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, AuditService } from '../audit/audit.service.js';
import { SECRET_HASHER, SecretHasher } from '../crypto/secret-hasher.js';
import { IDENTITY_SCHEMA } from '../database/identity-database.js';
import {
  assertCanGrant,
  assertFitsKeyType,
  assertSameEnvironment,
  boundEnvironmentOf,
  permissionsOf,
} from '../roles/grant-policy.js';
import { RolesRepository } from '../roles/roles.repository.js';
import { announceChanged } from '../credentials/credential-announcements.js';
import { CredentialOwners } from '../users/credential-owners.js';
import {
  ApiKeysRepository,
  KeyCreatorRef,
  type KeyDescription,
  KeyRow,
} from './api-keys.repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface KeyIssuer {
  accountId: string;
  permissions: Principal['permissions'];
  /** The environment the issuing key or client is bound to; none for people and the operator CLI. */
  environment?: Environment;
  createdBy: KeyCreatorRef;
  /** The user the key belongs to, already checked (see CredentialOwners). */
  ownerUserId: string;
}

/** A key revoked along with its owner, for the gateways to hear of once committed. */
export interface RevokedWithOwner {
  keyId: string;
  accountId: string;
}

/**
 * The credential itself is the creator: a key minted by a key names that key,
 * not the user who once created it (a key's principal carries that user too).
 */
function creatorOf(principal: Principal): KeyCreatorRef {
  switch (principal.credentialType) {
    case 'session':
      return { type: 'user', userId: principal.userId ?? null };
    case 'oauth_client':
      return { type: 'oauth_client', clientId: principal.credentialId };
    default:
      return { type: 'key', keyId: principal.credentialId };
  }
}

function issuerOf(principal: Principal, ownerUserId: string): KeyIssuer {
  return {
    accountId: principal.accountId,
    permissions: principal.permissions,
    environment: boundEnvironmentOf(principal),
    createdBy: creatorOf(principal),
    ownerUserId,
  };
}

@Injectable()
export class ApiKeysService {
  private readonly logger = new Logger(ApiKeysService.name);
  private readonly outbox = new OutboxWriter(IDENTITY_SCHEMA);

  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    private readonly keys: ApiKeysRepository,
    private readonly roles: RolesRepository,
    private readonly audit: AuditService,
    private readonly bus: ServiceClient,
    private readonly owners: CredentialOwners,
    @Inject(SECRET_HASHER) private readonly hasher: SecretHasher,
  ) {}

  create(principal: Principal, input: CreateKeyInput): Promise<CreatedApiKey> {
    return this.db.transaction(async (manager) => {
      const owner = await this.owners.ownerFor(principal, input.ownerUserId, manager);
      const created = await this.issue(issuerOf(principal, owner), input, manager);
      await this.audit.record(
        principal,
        'key.created',
        { type: 'api_key', id: created.id },
        {
          name: created.name,
          type: created.type,
          environment: created.environment,
          roles: created.roles.map((role) => role.name),
          owner: created.owner.name,
        },
        manager,
      );
      return created;
    });
  }

  /** Creates a key for an issuer that has been checked to hold what it grants. */
  async issue(
    issuer: KeyIssuer,
    input: CreateKeyInput,
    manager: EntityManager,
  ): Promise<CreatedApiKey> {
    assertSameEnvironment(issuer.environment, input.environment);
    if (input.allowedOrigins?.length && input.type !== 'publishable') {
      throw new AppError('validation_failed', 'allowedOrigins is only for publishable keys.', [
        { field: 'allowedOrigins', reason: 'only publishable keys have allowed origins' },
      ]);
    }
    const roles = await this.roles.resolveAll(issuer.accountId, input.roles);
    const permissions = permissionsOf(roles);
    assertCanGrant(issuer.permissions, permissions);
    assertFitsKeyType(input.type, permissions);

    const key = formatApiKey(input.type, randomBytes(24));
    const parsed = parseApiKey(key);
    if (!parsed) throw new Error('generated API key failed its own checksum');
    const id = await this.keys.insert(
      {
        accountId: issuer.accountId,
        name: input.name,
        type: input.type,
        environment: input.environment,
        start: parsed.start,
        hash: this.hasher.hash(key),
        allowedOrigins: input.allowedOrigins ?? [],
        createdBy: issuer.createdBy,
        expiresAt: new Date(Date.now() + input.expiresInDays * DAY_MS),
        roleIds: roles.map((role) => role.id),
        ownerUserId: issuer.ownerUserId,
        metadata: input.metadata ?? {},
      },
      manager,
    );
    const view = await this.keys.findView(issuer.accountId, id, manager);
    if (!view) throw new Error('created API key vanished');
    return { ...view, key };
  }

  list(
    principal: Principal,
    page: PageRequest,
    filter: KeyListFilter = {},
  ): Promise<PageResult<ApiKeyView>> {
    return this.keys.page(principal.accountId, page, filter);
  }

  /** Renames, re-describes, pauses or enables a key that is not revoked. */
  async update(principal: Principal, keyId: string, input: UpdateKeyInput): Promise<ApiKeyView> {
    const paused = await this.db.transaction(async (manager) => {
      const current = await this.keys.findView(principal.accountId, keyId, manager);
      if (!current) throw notFound();
      if (current.revokedAt)
        throw new AppError('conflict', 'This key is revoked; it cannot be changed.');
      const changed = await this.keys.update(principal.accountId, keyId, input, manager);
      if (!changed) throw new AppError('conflict', 'This key is revoked; it cannot be changed.');
      const fields = Object.keys(input).filter(
        (field) => input[field as keyof UpdateKeyInput] !== undefined,
      );
      await this.audit.record(
        principal,
        changed.pausedChanged ? (input.enabled ? 'key.enabled' : 'key.disabled') : 'key.updated',
        { type: 'api_key', id: keyId },
        { name: input.name ?? current.name, fields },
        manager,
      );
      return changed.pausedChanged ? current.expiresAt : null;
    });
    if (paused) {
      await announceChanged(this.bus, this.logger, [
        { kind: 'api_key', credentialId: keyId, forgetAfter: new Date(paused) },
      ]);
    }
    return this.get(principal, keyId);
  }

  /**
   * Revokes every active key of a user leaving the account, with an audit
   * entry and a `key.revoked` event each; the caller publishes the returned
   * revocations once its transaction commits.
   */
  async revokeOwnedBy(
    actor: Actor,
    ownerUserId: string,
    reason: string,
    manager: EntityManager,
  ): Promise<RevokedWithOwner[]> {
    const revoked = await this.keys.revokeOwnedBy(ownerUserId, manager);
    for (const key of revoked) {
      await this.audit.record(
        actor,
        'key.revoked',
        { type: 'api_key', id: key.id },
        { name: key.name, reason },
        manager,
      );
      await this.outbox.add(manager, {
        type: 'key.revoked',
        accountId: actor.accountId,
        data: {
          keyId: key.id,
          name: key.name,
          start: key.start,
          revokedAt: key.revokedAt.toISOString(),
        },
      });
    }
    return revoked.map((key) => ({ keyId: key.id, accountId: actor.accountId }));
  }

  /** Tells every gateway of keys revoked in a transaction that has committed. */
  async announceRevoked(revoked: readonly RevokedWithOwner[]): Promise<void> {
    for (const key of revoked) await announce(this.bus, this.logger, IdentityKeyRevoked, key);
  }

  async get(principal: Principal, keyId: string): Promise<ApiKeyView> {
    const key = await this.keys.findView(principal.accountId, keyId);
    if (!key) throw notFound();
    return key;
  }

  /** What `/users/me` shows of a key of the caller's account, with the account's name. */
  async describe(principal: Principal, keyId: string): Promise<KeyDescription> {
    const description = await this.keys.findDescription(principal.accountId, keyId);
    if (!description) throw notFound();
    return description;
  }

  async revoke(principal: Principal, keyId: string): Promise<ApiKeyView> {
    await this.revokeAs(principal, keyId);
    return this.get(principal, keyId);
  }

  /**
   * Revokes an active key of the actor's account, with its audit entry and
   * its `key.revoked` event, and tells every gateway; false when the key was
   * already revoked.
   */
  async revokeAs(
    actor: Actor,
    keyId: string,
    metadata: Record<string, unknown> = {},
  ): Promise<boolean> {
    const revoked = await this.db.transaction(async (manager) => {
      const current = await this.keys.findView(actor.accountId, keyId, manager);
      if (!current) throw notFound();
      // Revoking only takes power away: keys:write is enough, whatever the key holds.
      const revokedAt = await this.keys.revoke(actor.accountId, keyId, manager);
      if (!revokedAt) return false;
      await this.audit.record(
        actor,
        'key.revoked',
        { type: 'api_key', id: keyId },
        { name: current.name, ...metadata },
        manager,
      );
      await this.outbox.add(manager, {
        type: 'key.revoked',
        accountId: actor.accountId,
        data: {
          keyId,
          name: current.name,
          start: current.start,
          revokedAt: revokedAt.toISOString(),
        },
      });
      return true;
    });
    if (revoked)
      await announce(this.bus, this.logger, IdentityKeyRevoked, {
        keyId,
        accountId: actor.accountId,
      });
    return revoked;
  }

  async roll(principal: Principal, keyId: string, input: RollKeyInput): Promise<CreatedApiKey> {
    const graceDays = input.gracePeriodDays ?? 0;
    const result = await this.db.transaction(async (manager) => {
      const old = await this.keys.lockActive(principal.accountId, keyId, manager);
      if (!old) throw notFound();
      assertRollable(old);
      await this.owners.assertMayRollFor(principal, old.owner.id, manager);
      const replacement = await this.issue(
        issuerOf(principal, old.owner.id),
        {
          name: old.name,
          type: old.type,
          environment: old.environment,
          roles: old.roles.map((role) => role.id),
          expiresInDays: Math.round(
            (old.expiresAt.getTime() - old.createdAt.getTime()) / DAY_MS,
          ) as CreateKeyInput['expiresInDays'],
          allowedOrigins: old.type === 'publishable' ? old.allowedOrigins : undefined,
          metadata: old.metadata,
        },
        manager,
      );
      const graceUntil = new Date(Date.now() + graceDays * DAY_MS);
      await this.keys.retireForRoll(old.id, replacement.id, graceUntil, manager);
      await this.audit.record(
        principal,
        'key.rolled',
        { type: 'api_key', id: old.id },
        {
          replacedBy: replacement.id,
          gracePeriodDays: graceDays,
        },
        manager,
      );
      return { replacement, graceUntil };
    });
    await announce(this.bus, this.logger, IdentityKeyRolled, {
      keyId,
      accountId: principal.accountId,
      replacedBy: result.replacement.id,
      graceUntil: result.graceUntil.toISOString(),
    });
    return result.replacement;
  }
}

function notFound(): AppError {
  return new AppError('not_found', 'No API key with this id in your account.');
}

function assertRollable(key: KeyRow): void {
  if (key.revokedAt)
    throw new AppError('conflict', 'This key is revoked; create a new key instead.');
  if (key.replacedBy) throw new AppError('conflict', 'This key has already been rolled.');
  if (key.disabledAt)
    throw new AppError('conflict', 'This key is paused; enable it before rolling it.');
  if (key.expiresAt.getTime() <= Date.now())
    throw new AppError('conflict', 'This key has expired; create a new key instead.');
}
