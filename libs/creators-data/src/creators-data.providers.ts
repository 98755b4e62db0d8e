import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConnectStatesRepository } from './connect/connect-states.repository.js';
import { CreatorConnections } from './connections/creator-connections.js';
import { TokenCipher, type TokenKeyring } from '@tally/nest-kit';
import { CreatorsRepository } from './creators/creators.repository.js';
import { RedirectUrlsRepository } from './redirect-urls/redirect-urls.repository.js';
import { PendingRevocationsRepository } from './revocations/pending-revocations.repository.js';
import { StatsSnapshotsRepository } from './stats/stats-snapshots.repository.js';
import { DueCreatorsRepository } from './sync/due-creators.repository.js';
import { SyncStateRepository } from './sync/sync-state.repository.js';
import { PlatformTokensRepository } from './tokens/platform-tokens.repository.js';
import { VideosRepository } from './videos/videos.repository.js';

/** The repositories of the creators schema, for an app that provides the DataSource. */
export function creatorsDataProviders(keyring: TokenKeyring): Provider[] {
  const withDatabase = <T>(type: new (db: DataSource) => T): Provider => ({
    provide: type,
    useFactory: (db: DataSource) => new type(db),
    inject: [DataSource],
  });
  const withCipher = <T>(type: new (db: DataSource, cipher: TokenCipher) => T): Provider => ({
    provide: type,
    useFactory: (db: DataSource, cipher: TokenCipher) => new type(db, cipher),
    inject: [DataSource, TokenCipher],
  });
  return [
    { provide: TokenCipher, useValue: new TokenCipher(keyring) },
    withDatabase(CreatorsRepository),
    withDatabase(VideosRepository),
    withDatabase(StatsSnapshotsRepository),
    withDatabase(SyncStateRepository),
    withDatabase(DueCreatorsRepository),
    withDatabase(RedirectUrlsRepository),
    withCipher(ConnectStatesRepository),
    withCipher(PlatformTokensRepository),
    withCipher(PendingRevocationsRepository),
    {
      provide: CreatorConnections,
      useFactory: (
        db: DataSource,
        creators: CreatorsRepository,
        tokens: PlatformTokensRepository,
      ) => new CreatorConnections(db, creators, tokens),
      inject: [DataSource, CreatorsRepository, PlatformTokensRepository],
    },
  ];
}

export const CREATORS_DATA_EXPORTS = [
  TokenCipher,
  CreatorsRepository,
  VideosRepository,
  StatsSnapshotsRepository,
  SyncStateRepository,
  DueCreatorsRepository,
  ConnectStatesRepository,
  RedirectUrlsRepository,
  PlatformTokensRepository,
  PendingRevocationsRepository,
  CreatorConnections,
];
