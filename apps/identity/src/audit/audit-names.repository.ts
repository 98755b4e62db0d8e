import type { AuditActorRef } from '@tally/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  keyActorLabel,
  keyTargetLabel,
  oauthClientActorLabel,
  SYSTEM_ACTOR_NAME,
} from './audit-labels.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Today's names of actors and targets, read when an event is recorded so that the log keeps them. */
@Injectable()
export class AuditNamesRepository {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  async actorName(
    accountId: string,
    actor: AuditActorRef,
    manager: EntityManager = this.db.manager,
  ): Promise<string | null> {
    if (actor.type === 'system') return SYSTEM_ACTOR_NAME;
    if (!actor.id || !UUID.test(actor.id)) return null;
    switch (actor.type) {
      case 'user':
        return this.email(accountId, actor.id, manager);
      case 'oauth_client': {
        const name = await this.clientName(accountId, actor.id, manager);
        return name === null ? null : oauthClientActorLabel(name);
      }
      default: {
        const key = await this.key(accountId, actor.id, manager);
        return key ? keyActorLabel(key.name, key.start) : null;
      }
    }
  }

  /** The name of an identity target (key, user, role, OAuth client); null for other kinds. */
  async targetName(
    accountId: string,
    target: { type: string; id: string },
    manager: EntityManager = this.db.manager,
  ): Promise<string | null> {
    if (!UUID.test(target.id)) return null;
    switch (target.type) {
      case 'api_key': {
        const key = await this.key(accountId, target.id, manager);
        return key ? keyTargetLabel(key.name, key.start) : null;
      }
      case 'user':
        return this.email(accountId, target.id, manager);
      case 'oauth_client':
        return this.clientName(accountId, target.id, manager);
      case 'role':
        return this.one(
          manager,
          'SELECT name FROM identity.roles WHERE id = $2 AND (account_id = $1 OR account_id IS NULL)',
          [accountId, target.id],
        );
      default:
        return null;
    }
  }

  private async key(
    accountId: string,
    id: string,
    manager: EntityManager,
  ): Promise<{ name: string; start: string } | null> {
    const rows: { name: string; start: string }[] = await manager.query(
      'SELECT name, start FROM identity.api_keys WHERE account_id = $1 AND id = $2',
      [accountId, id],
    );
    return rows[0] ?? null;
  }

  private email(accountId: string, id: string, manager: EntityManager): Promise<string | null> {
    return this.one(
      manager,
      'SELECT COALESCE(email, name) AS name FROM identity.users WHERE account_id = $1 AND id = $2',
      [accountId, id],
    );
  }

  private clientName(
    accountId: string,
    id: string,
    manager: EntityManager,
  ): Promise<string | null> {
    return this.one(
      manager,
      'SELECT name FROM identity.oauth_clients WHERE account_id = $1 AND id = $2',
      [accountId, id],
    );
  }

  private async one(
    manager: EntityManager,
    sql: string,
    params: unknown[],
  ): Promise<string | null> {
    const rows: { name: string }[] = await manager.query(sql, params);
    return rows[0]?.name ?? null;
  }
}
