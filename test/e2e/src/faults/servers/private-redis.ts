import { serverBinary } from './server-binary.js';
import { ChildServer, type StopSignal } from './child-server.js';
import { redisAnswersPong } from './readiness-probes.js';

/**
 * A redis-server configured as a production Redis that holds queues must be:
 * every write is in the append-only file, fsynced, before Redis acknowledges
 * it. Without persistence a restart empties the queues by definition, and "no
 * job lost" could not hold for any application code.
 */
export class PrivateRedis {
  private readonly server: ChildServer;

  constructor(
    readonly port: number,
    dataDir: string,
  ) {
    this.server = new ChildServer(
      'redis-server',
      serverBinary('redis-server'),
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dataDir,
        '--save',
        '',
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
      ],
      () => redisAnswersPong(port),
    );
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  start(): Promise<void> {
    return this.server.start();
  }

  stop(signal: StopSignal): Promise<void> {
    return this.server.stop(signal);
  }

  killNow(): void {
    this.server.killNow();
  }
}
