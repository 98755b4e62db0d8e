import { connect } from 'node:net';
import { freePort } from './free-port.js';
import { findServerBinary, ServerProcess, type StopSignal } from './server-process.js';

export interface TestRedisServerOptions {
  /** Refuses clients that do not authenticate with this password. */
  password?: string;
  /** With a password: the ACL user that holds it (the default user is turned off); without: `requirepass`. */
  user?: string;
  /** Every write in the append-only file, fsynced, before Redis acknowledges it: what survives a kill. */
  durable?: boolean;
}

/**
 * True when a Redis server on the port answers: PONG, or NOAUTH when it wants
 * a password. A Redis still loading its append-only file answers LOADING: not yet.
 */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      const reply = data.toString();
      resolve(reply.startsWith('+PONG') || reply.startsWith('-NOAUTH'));
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

function persistenceArgs({ durable }: TestRedisServerOptions): string[] {
  if (!durable) return ['--save', '', '--appendonly', 'no'];
  return ['--save', '', '--appendonly', 'yes', '--appendfsync', 'always'];
}

function authenticationArgs({ password, user }: TestRedisServerOptions): string[] {
  if (password === undefined) return [];
  if (user === undefined) return ['--requirepass', password];
  return ['--user', 'default', 'off', '--user', user, 'on', `>${password}`, '~*', '&*', '+@all'];
}

/**
 * A Redis server of a test's own, on a port of its own and without persistence
 * unless `durable`, that the test may kill, freeze and start again (the shared one on 6379
 * belongs to everyone).
 */
export class TestRedisServer {
  private readonly process: ServerProcess;

  private constructor(
    readonly port: number,
    options: TestRedisServerOptions,
  ) {
    this.process = new ServerProcess(
      'redis-server',
      () => findServerBinary('redis-server', '`npm test` installs it'),
      (dir) => [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        ...persistenceArgs(options),
        ...authenticationArgs(options),
      ],
      () => answersPing(port),
    );
  }

  static async start(options: TestRedisServerOptions = {}): Promise<TestRedisServer> {
    const server = new TestRedisServer(await freePort(), options);
    await server.start();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** The address with credentials, as REDIS_URL carries them (`redis://:password@` for requirepass). */
  urlAs(user: string, password: string): string {
    return `redis://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${this.port}`;
  }

  start(): Promise<void> {
    return this.process.start();
  }

  /** By default kills the server at once, as a crash would; its data is gone unless `durable`. */
  stop(signal: StopSignal = 'SIGKILL'): Promise<void> {
    return this.process.stop(signal);
  }

  /** For a process exit handler: no waiting possible there. */
  killNow(): void {
    this.process.killNow();
  }

  /** Freezes the server: connections stay open but nothing answers, as in a network partition. */
  freeze(): void {
    this.process.signal('SIGSTOP');
  }

  thaw(): void {
    this.process.signal('SIGCONT');
  }

  dispose(): Promise<void> {
    return this.process.dispose();
  }
}
