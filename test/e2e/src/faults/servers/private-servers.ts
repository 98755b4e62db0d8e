import { freePort, TestNatsServer, TestRedisServer } from '@tally/testing';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PrivatePostgres } from './private-postgres.js';

/**
 * NATS, Redis and PostgreSQL of one test file, each on a port it keeps across
 * restarts. A process exit handler stops whatever still runs, so that no
 * server outlives a test run that ends without its afterAll.
 */
export class PrivateServers {
  private readonly stopOnExit = () => this.stopNow();

  private constructor(
    private readonly postgresDir: string,
    readonly nats: TestNatsServer,
    readonly redis: TestRedisServer,
    readonly postgres: PrivatePostgres,
  ) {
    process.once('exit', this.stopOnExit);
  }

  static async start(): Promise<PrivateServers> {
    const postgresDir = mkdtempSync(join(tmpdir(), 'tally-faults-postgres-'));
    // PostgreSQL runs as its own OS user and must be able to reach its directory inside.
    chmodSync(postgresDir, 0o711);
    const postgres = new PrivatePostgres(await freePort(), postgresDir);
    const [nats, redis, created] = await Promise.allSettled([
      TestNatsServer.start(),
      // As a production Redis that holds queues must be: without persistence a
      // restart empties the queues by definition, and "no job lost" could not
      // hold for any application code.
      TestRedisServer.start({ durable: true }),
      postgres.create(),
    ]);
    if (
      nats.status === 'fulfilled' &&
      redis.status === 'fulfilled' &&
      created.status === 'fulfilled'
    )
      return new PrivateServers(postgresDir, nats.value, redis.value, postgres);
    await Promise.allSettled([
      nats.status === 'fulfilled' ? nats.value.dispose() : undefined,
      redis.status === 'fulfilled' ? redis.value.dispose() : undefined,
      postgres.stop('immediate'),
    ]);
    rmSync(postgresDir, { recursive: true, force: true });
    const failures = [nats, redis, created].flatMap((result) =>
      result.status === 'rejected' ? [String(result.reason)] : [],
    );
    throw new Error(`the private servers did not start: ${failures.join('; ')}`);
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
      this.nats.dispose(),
      this.redis.dispose(),
      this.postgres.stop('immediate'),
    ]);
    this.stopNow();
    process.removeListener('exit', this.stopOnExit);
    rmSync(this.postgresDir, { recursive: true, force: true });
  }

  private stopNow(): void {
    this.nats.killNow();
    this.redis.killNow();
    this.postgres.stopNow();
  }
}
