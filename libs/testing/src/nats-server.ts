import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { freePort } from './free-port.js';
import { findServerBinary, ServerProcess, type StopSignal } from './server-process.js';

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface TestNatsServerOptions {
  /** nats-server configuration text (users and permissions, say); the address and store stay the test's. */
  config?: string;
}

/**
 * A NATS server of a test's own, on a port of its own, that the test may stop
 * and start again (the shared one on 4222 belongs to everyone).
 */
export class TestNatsServer {
  private readonly process: ServerProcess;

  private constructor(
    readonly port: number,
    config: string | undefined,
  ) {
    const configArgs = (dir: string): string[] => {
      if (config === undefined) return [];
      const file = join(dir, 'nats-server.conf');
      writeFileSync(file, config);
      return ['-c', file];
    };
    this.process = new ServerProcess(
      'nats-server',
      () => findServerBinary('nats-server', '`npm test` installs it'),
      (dir) => [...configArgs(dir), '-a', '127.0.0.1', '-p', String(port), '-js', '-sd', dir],
      () => accepts(port),
    );
  }

  static async start(options: TestNatsServerOptions = {}): Promise<TestNatsServer> {
    const server = new TestNatsServer(await freePort(), options.config);
    await server.start();
    return server;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  /** The address with a user's credentials, as a service's NATS_URL carries them. */
  urlAs(user: string, password: string): string {
    return `nats://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${this.port}`;
  }

  start(): Promise<void> {
    return this.process.start();
  }

  /** By default kills the server at once, as a crash or a network cut would; SIGTERM is an operator's stop. */
  stop(signal: StopSignal = 'SIGKILL'): Promise<void> {
    return this.process.stop(signal);
  }

  /** For a process exit handler: no waiting possible there. */
  killNow(): void {
    this.process.killNow();
  }

  dispose(): Promise<void> {
    return this.process.dispose();
  }
}
