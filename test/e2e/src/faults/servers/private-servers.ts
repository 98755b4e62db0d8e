import { freePort } from '@tally/testing';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PrivateNats } from './private-nats.js';
import { PrivatePostgres } from './private-postgres.js';
import { PrivateRedis } from './private-redis.js';

/**
 * NATS, Redis and PostgreSQL of one test file, in one scratch directory. A
 * process exit handler stops whatever still runs, so that no server outlives a
 * test run that ends without its afterAll.
 */
export class PrivateServers {
  private readonly stopOnExit = () => this.stopNow();

  private constructor(
    private readonly dir: string,
    readonly nats: PrivateNats,
    readonly redis: PrivateRedis,
    readonly postgres: PrivatePostgres,
  ) {
    process.once('exit', this.stopOnExit);
  }

  static async start(): Promise<PrivateServers> {
    const dir = mkdtempSync(join(tmpdir(), 'tally-faults-servers-'));
    // PostgreSQL runs as its own OS user and must be able to reach its directory inside.
    chmodSync(dir, 0o711);
    const subdir = (name: string) => {
      const path = join(dir, name);
      mkdirSync(path);
      return path;
    };
    const servers = new PrivateServers(
      dir,
      new PrivateNats(await freePort(), subdir('nats')),
      new PrivateRedis(await freePort(), subdir('redis')),
      new PrivatePostgres(await freePort(), subdir('postgres')),
    );
    try {
      await Promise.all([servers.nats.start(), servers.redis.start(), servers.postgres.create()]);
    } catch (error) {
      await servers.dispose();
      throw error;
    }
    return servers;
  }

  /** What Platform.start needs to use these servers instead of the shared ones. */
  get env(): Record<string, string> {
    return {
      NATS_URL: this.nats.url,
      REDIS_URL: this.redis.url,
      DATABASE_URL: this.postgres.url,
    };
  }

  async dispose(): Promise<void> {
    await Promise.allSettled([
      this.nats.stop('SIGKILL'),
      this.redis.stop('SIGKILL'),
      this.postgres.stop('immediate'),
    ]);
    this.stopNow();
    process.removeListener('exit', this.stopOnExit);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private stopNow(): void {
    this.nats.killNow();
    this.redis.killNow();
    this.postgres.stopNow();
  }
}
