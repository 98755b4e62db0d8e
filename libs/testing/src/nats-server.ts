import { connect } from 'node:net';
import { freePort } from './free-port.js';
import { findServerBinary, ServerProcess } from './server-process.js';

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

/**
 * A NATS server of a test's own, on a port of its own, that the test may stop
 * and start again (the shared one on 4222 belongs to everyone).
 */
export class TestNatsServer {
  private readonly process: ServerProcess;

  private constructor(readonly port: number) {
    this.process = new ServerProcess(
      'nats-server',
      () => findServerBinary('nats-server', '`npm test` installs it'),
      (dir) => ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', dir],
      () => accepts(port),
    );
  }

  static async start(): Promise<TestNatsServer> {
    const server = new TestNatsServer(await freePort());
    await server.start();
    return server;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  start(): Promise<void> {
    return this.process.start();
  }

  /** Kills the server at once, as a crash or a network cut would. */
  stop(): Promise<void> {
    return this.process.stop();
  }

  dispose(): Promise<void> {
    return this.process.dispose();
  }
}
