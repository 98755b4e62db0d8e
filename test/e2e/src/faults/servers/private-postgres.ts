import { findServerBinary } from '@tally/testing';
import { execFile, spawnSync } from 'node:child_process';
import { chownSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type PostgresStopMode = 'fast' | 'immediate';

const OS_USER = 'postgres';

function postgresBinary(name: string): string {
  return findServerBinary(name, "PostgreSQL's server package provides it");
}

/** Postgres refuses to run as root: as root, its commands run as the `postgres` OS user. */
function asPostgresUser(command: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [command, args];
  return ['runuser', ['-u', OS_USER, '--', command, ...args]];
}

function osUserIds(user: string): { uid: number; gid: number } {
  const id = (flag: string) =>
    Number(spawnSync('id', [flag, user], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * A PostgreSQL cluster of the test's own (initdb in a scratch directory, trust
 * authentication, its socket in that directory), on a fixed port across
 * restarts, with the `tally` role and a database it owns.
 */
export class PrivatePostgres {
  private readonly dataDir: string;
  private running = false;

  constructor(
    readonly port: number,
    private readonly dir: string,
  ) {
    this.dataDir = join(dir, 'data');
  }

  readonly database = 'tally';

  get url(): string {
    return `postgres://tally:tally@127.0.0.1:${this.port}/${this.database}`;
  }

  /** initdb, start, then the role and database the apps use (they migrate it themselves at start). */
  async create(): Promise<void> {
    if (process.getuid?.() === 0) {
      const { uid, gid } = osUserIds(OS_USER);
      chownSync(this.dir, uid, gid);
    }
    mkdirSync(this.dataDir, { mode: 0o700 });
    if (process.getuid?.() === 0) {
      const { uid, gid } = osUserIds(OS_USER);
      chownSync(this.dataDir, uid, gid);
    }
    await this.pg('initdb', ['-D', this.dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    await this.start();
    await this.sql("CREATE ROLE tally LOGIN PASSWORD 'tally'");
    await this.sql(`CREATE DATABASE ${this.database} OWNER tally`);
  }

  async start(): Promise<void> {
    await this.pg('pg_ctl', [
      'start',
      '-D',
      this.dataDir,
      '-l',
      join(this.dir, 'postgres.log'),
      '-w',
      '-t',
      '30',
      '-o',
      // fsync off: only an operating-system crash would lose what it skips, and the test kills processes, not machines.
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    ]);
    this.running = true;
  }

  /** `fast`: what an operator's stop does (sessions are ended); `immediate`: as a crash, recovery at the next start. */
  async stop(mode: PostgresStopMode): Promise<void> {
    if (!this.running) return;
    await this.pg('pg_ctl', ['stop', '-D', this.dataDir, '-m', mode, '-w', '-t', '30']);
    this.running = false;
  }

  /** For a process exit handler: no waiting possible there. */
  stopNow(): void {
    if (!this.running) return;
    const [command, args] = asPostgresUser(postgresBinary('pg_ctl'), [
      'stop',
      '-D',
      this.dataDir,
      '-m',
      'immediate',
    ]);
    spawnSync(command, args, { stdio: 'ignore' });
    this.running = false;
  }

  private async sql(statement: string): Promise<void> {
    await run(postgresBinary('psql'), [
      '-h',
      '127.0.0.1',
      '-p',
      String(this.port),
      '-U',
      'postgres',
      '-d',
      'postgres',
      '-v',
      'ON_ERROR_STOP=1',
      '-c',
      statement,
    ]);
  }

  private async pg(name: string, args: string[]): Promise<void> {
    const [command, fullArgs] = asPostgresUser(postgresBinary(name), args);
    try {
      await run(command, fullArgs);
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr ?? '';
      throw new Error(`${name} ${args[0]} failed: ${stderr || String(error)}`, { cause: error });
    }
  }
}
