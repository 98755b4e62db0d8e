import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

const names = new Map<string, string>();

/** One name per statement text: Postgres keeps the parsed statement per connection under it. */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `tally_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs a read on a hot path as a named prepared statement, straight on the
 * pg pool under the DataSource: Postgres parses and plans it once per
 * connection instead of on every call, and no TypeORM query runner is made
 * for it. Rows come back as `DataSource.query` gives them. For statements
 * whose text is fixed (parameters in `values`), never for text built from input.
 */
export function preparedQuery<Row extends QueryResultRow>(
  db: DataSource,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  const pool = (db.driver as unknown as { master: Pool }).master;
  // The callback form: pg-pool's promise form wraps it in two more promises per query.
  return new Promise<Row[]>((resolve, reject) => {
    pool.query<Row>({ name: statementName(text), text, values }, (error, result) =>
      error ? reject(error) : resolve(result.rows),
    );
  });
}
