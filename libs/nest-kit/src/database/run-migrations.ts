import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** A stable 64-bit advisory lock id per schema, so replicas migrate one at a time. */
function lockIdFor(schema: string): string {
  return BigInt.asIntN(
    64,
    BigInt(
      `0x${createHash('sha256').update(`tally:migrations:${schema}`).digest('hex').slice(0, 16)}`,
    ),
  ).toString();
}

/**
 * Creates the service's schema if needed and runs its pending migrations, all in
 * one transaction, under an advisory lock: replicas starting together wait for
 * each other and the second one finds nothing to do.
 */
export async function runMigrations(dataSource: DataSource, schema: string): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [lockIdFor(schema)]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replace(/"/g, '""')}"`);
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [lockIdFor(schema)]).catch(() => undefined);
    await runner.release();
  }
}
