import { serverBinary } from './server-binary.js';
import { ChildServer, type StopSignal } from './child-server.js';
import { acceptsConnections } from './readiness-probes.js';

/** A nats-server with JetStream and a store directory of its own, on a fixed port across restarts. */
export class PrivateNats {
  private readonly server: ChildServer;

  constructor(
    readonly port: number,
    storeDir: string,
  ) {
    this.server = new ChildServer(
      'nats-server',
      serverBinary('nats-server'),
      ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir],
      () => acceptsConnections(port),
    );
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
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
