import { postgresOptions } from '@tally/nest-kit';
import type { DataSourceOptions } from 'typeorm';
import { CreateCreators1764000000000 } from './migrations/1764000000000-create-creators.js';
import { CreateCreatorData1764300000000 } from './migrations/1764300000000-create-creator-data.js';
import { IndexDueCreators1764400000000 } from './migrations/1764400000000-index-due-creators.js';
import { ConnectStateStartedBy1764810000000 } from './migrations/1764810000000-connect-state-started-by.js';
import { ConnectRedirectUrls1764900000000 } from './migrations/1764900000000-connect-redirect-urls.js';
import { GrantsWithoutRefreshTokens1765000000000 } from './migrations/1765000000000-grants-without-refresh-tokens.js';
import { ConnectCodeVerifiers1765100000000 } from './migrations/1765100000000-connect-code-verifiers.js';
import { CreatorPlatformData1765200000000 } from './migrations/1765200000000-creator-platform-data.js';
import { EventOutbox1765400000000 } from './migrations/1765400000000-event-outbox.js';
import { IndexSyncStaleness1765600000000 } from './migrations/1765600000000-index-sync-staleness.js';

export const CREATORS_SCHEMA = 'creators';

/** The creators schema: the creators service runs its migrations; sync workers only connect. */
export function creatorsDatabaseOptions(
  url: string,
  poolSize?: number,
  applicationName = 'tally-creators',
): DataSourceOptions {
  return postgresOptions({
    url,
    schema: CREATORS_SCHEMA,
    entities: [],
    migrations: [
      CreateCreators1764000000000,
      CreateCreatorData1764300000000,
      IndexDueCreators1764400000000,
      ConnectStateStartedBy1764810000000,
      ConnectRedirectUrls1764900000000,
      GrantsWithoutRefreshTokens1765000000000,
      ConnectCodeVerifiers1765100000000,
      CreatorPlatformData1765200000000,
      EventOutbox1765400000000,
      IndexSyncStaleness1765600000000,
    ],
    poolSize,
    applicationName,
  });
}
