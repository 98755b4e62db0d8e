import { OutboxWriter } from '@tally/nest-kit';
import type { PlatformTokens } from '@tally/platform-kit';
import type { DataSource } from 'typeorm';
import type { ConnectedCreator, CreatorProfileFields } from '../creators/creators.repository.js';
import { CREATORS_SCHEMA } from '../database/creators-database.js';
import { CreatorsRepository } from '../creators/creators.repository.js';
import { PlatformTokensRepository } from '../tokens/platform-tokens.repository.js';

/** A profile nobody has read yet: the first sync fills it in. */
export const UNREAD_PROFILE: CreatorProfileFields = {
  username: null,
  displayName: null,
  avatarUrl: null,
  bio: null,
  verified: false,
  profileUrl: null,
  followers: null,
  following: null,
  likes: null,
  videoCount: null,
  totalViews: null,
  platformData: {},
};

/** Who connected, and what the platform said of the creator; the tokens name the platform account. */
export type NewConnection = Omit<ConnectedCreator, 'externalId' | 'scopes'>;

/**
 * A creator's connection: the creator (a reconnect updates it), its platform
 * tokens and the `creator.connected` event, stored together or not at all.
 */
export class CreatorConnections {
  private readonly outbox = new OutboxWriter(CREATORS_SCHEMA);

  constructor(
    private readonly db: DataSource,
    private readonly creators: CreatorsRepository,
    private readonly tokens: PlatformTokensRepository,
  ) {}

  store(
    connection: NewConnection,
    tokens: PlatformTokens,
  ): Promise<{ id: string; reconnected: boolean }> {
    return this.db.transaction(async (manager) => {
      const creator = await this.creators.upsertConnected(
        { ...connection, externalId: tokens.externalUserId, scopes: tokens.scopes },
        manager,
      );
      await this.tokens.store(creator.id, tokens, manager);
      await this.outbox.add(manager, {
        type: 'creator.connected',
        accountId: connection.accountId,
        data: {
          creatorId: creator.id,
          platform: connection.platform,
          username: connection.profile.username,
          externalId: tokens.externalUserId,
          externalUserId: connection.externalUserId,
          reconnected: creator.reconnected,
        },
      });
      return creator;
    });
  }
}
