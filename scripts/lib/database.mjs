import { capture, commandExists, isRoot } from './exec.mjs';
import { step } from './log.mjs';
import { isLocalHost } from './net.mjs';

function quoteIdent(name) {
  return `"${name.replace(/"/g, '""')}"`;
}

function quoteLiteral(value) {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Runs SQL as the local `postgres` superuser over the Unix socket (peer auth). */
function psqlAsPostgres(sql) {
  if (!commandExists('psql')) return { ok: false, stderr: 'psql is not installed' };
  const psql = ['psql', '-v', 'ON_ERROR_STOP=1', '-tAc', sql];
  let command;
  let args;
  if (isRoot) [command, args] = ['runuser', ['-u', 'postgres', '--', ...psql]];
  else if (commandExists('sudo')) [command, args] = ['sudo', ['-u', 'postgres', ...psql]];
  else return { ok: false, stderr: 'creating a role needs root or sudo' };
  return capture(command, args, { cwd: '/' });
}

async function tryConnect(pg, config) {
  const client = new pg.Client({ ...config, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return { client };
  } catch (error) {
    await client.end().catch(() => undefined);
    return { error };
  }
}

/**
 * Makes sure the role and database of DATABASE_URL exist. On a fresh local
 * Postgres they do not, and only the `postgres` OS user may create them.
 */
export async function ensureDatabase(databaseUrl) {
  const pg = (await import('pg')).default;
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres';
  const user = decodeURIComponent(url.username) || 'postgres';
  const password = decodeURIComponent(url.password);
  const base = { host: url.hostname, port: Number(url.port || 5432), user, password };

  let admin = await tryConnect(pg, { ...base, database: 'postgres' });
  if (admin.error && isLocalHost(url.hostname)) {
    step(`creating the Postgres role ${user}`);
    const created = psqlAsPostgres(
      `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${quoteLiteral(user)}) THEN ` +
        `CREATE ROLE ${quoteIdent(user)} LOGIN CREATEDB PASSWORD ${quoteLiteral(password || user)}; ` +
        `ELSE ALTER ROLE ${quoteIdent(user)} LOGIN CREATEDB PASSWORD ${quoteLiteral(password || user)}; END IF; END $$;`,
    );
    if (!created.ok)
      throw new Error(
        `DATABASE_URL: cannot connect as ${user} (${admin.error.message}) nor create the role: ${created.stderr.trim()}`,
      );
    admin = await tryConnect(pg, { ...base, database: 'postgres' });
  }
  if (admin.error)
    throw new Error(`DATABASE_URL: cannot connect to Postgres as ${user}: ${admin.error.message}`);
  try {
    const exists = await admin.client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ]);
    if (exists.rowCount === 0) {
      step(`creating the database ${database}`);
      try {
        await admin.client.query(
          `CREATE DATABASE ${quoteIdent(database)} OWNER ${quoteIdent(user)}`,
        );
      } catch (error) {
        // Another process may have created it meanwhile; anything else is fatal.
        if (error.code !== '42P04') throw error;
      }
    }
  } finally {
    await admin.client.end();
  }
}
