import { postgresOptions } from '@tally/nest-kit';
import type { DataSourceOptions } from 'typeorm';
import { CreateCreators1764000000000 } from './migrations/1764000000000-create-creators.js';

export const CREATORS_SCHEMA = 'creators';

export function creatorsDatabaseOptions(url: string, poolSize?: number): DataSourceOptions {
  return postgresOptions({
    url,
    schema: CREATORS_SCHEMA,
    entities: [],
    migrations: [CreateCreators1764000000000],
    poolSize,
    applicationName: 'tally-creators',
  });
}
