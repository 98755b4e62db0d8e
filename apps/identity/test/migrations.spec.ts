import { runMigrations } from '@tally/nest-kit';
import { DataSource } from 'typeorm';
import { IDENTITY_SCHEMA, identityDatabaseOptions } from '../src/database/identity-database.js';

describe('identity migrations', () => {
  const url = process.env.DATABASE_URL as string;
  const sources: DataSource[] = [];

  afterAll(async () => {
    await Promise.all(sources.map((source) => source.destroy()));
  });

  async function open(): Promise<DataSource> {
    const source = await new DataSource(identityDatabaseOptions(url, 2)).initialize();
    sources.push(source);
    return source;
  }

  it('can run from two replicas at once; each migration is applied once', async () => {
    const [first, second] = await Promise.all([open(), open()]);

    await Promise.all([
      runMigrations(first, IDENTITY_SCHEMA),
      runMigrations(second, IDENTITY_SCHEMA),
    ]);

    const rows: { name: string }[] = await first.query(
      `SELECT name FROM ${IDENTITY_SCHEMA}.migrations`,
    );
    const names = rows.map((row) => row.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('CreateAccounts1764000000000');
  });

  it('finds nothing to do the second time', async () => {
    const source = await open();
    await runMigrations(source, IDENTITY_SCHEMA);

    await expect(runMigrations(source, IDENTITY_SCHEMA)).resolves.toEqual([]);
  });
});
