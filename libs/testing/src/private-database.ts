import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * A database of the test's own, next to the shared test database, for tests
 * that act on or read everything in a table (the sync scheduler, identity's
 * revocation log): in the shared one other test files write meanwhile.
 * Dropped at the end.
 */
export class PrivateDatabase {
  private constructor(
    readonly url: string,
    private readonly name: string,
  ) {}

  static async create(): Promise<PrivateDatabase> {
    const name = `tally_test_${randomBytes(5).toString('hex')}`;
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.DATABASE_URL as string);
    url.pathname = `/${name}`;
    return new PrivateDatabase(url.toString(), name);
  }

  async drop(): Promise<void> {
    await admin(`DROP DATABASE IF EXISTS ${this.name} WITH (FORCE)`);
  }
}

/** Runs a statement on the server's `postgres` database, as the test database's user. */
async function admin(statement: string): Promise<void> {
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
