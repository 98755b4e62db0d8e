import type { PlatformSandbox } from '../../platform-sandbox.js';
import type { FleetClient } from './fleet-client.js';

export interface ConnectAttempt {
  username: string;
  /** The new creator's id, or why the connect failed. */
  creatorId?: string;
  failure?: string;
}

/** Connects new sandbox creators one after the other until stopped. */
export class ConnectLoop {
  readonly attempts: ConnectAttempt[] = [];
  private running = true;
  private readonly done: Promise<void>;

  private constructor(
    private readonly client: FleetClient,
    private readonly sandbox: PlatformSandbox,
    private readonly videos: number,
  ) {
    this.done = this.run();
  }

  static start(client: FleetClient, sandbox: PlatformSandbox, videos: number): ConnectLoop {
    return new ConnectLoop(client, sandbox, videos);
  }

  get failed(): ConnectAttempt[] {
    return this.attempts.filter((attempt) => attempt.failure !== undefined);
  }

  get connected(): ConnectAttempt[] {
    return this.attempts.filter((attempt) => attempt.creatorId !== undefined);
  }

  async stop(): Promise<ConnectAttempt[]> {
    this.running = false;
    await this.done;
    return this.attempts;
  }

  private async run(): Promise<void> {
    while (this.running) {
      const username = await this.sandbox.addCreator(this.videos);
      try {
        this.attempts.push({ username, creatorId: await this.client.connect(username) });
      } catch (error) {
        this.attempts.push({ username, failure: (error as Error).message });
      }
    }
  }
}
