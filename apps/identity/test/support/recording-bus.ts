import type { EventDeclaration, EventToSend } from '@tally/contracts';
import type { ServiceClient } from '@tally/nest-kit';

interface Emitted {
  subject: string;
  payload: unknown;
}

/**
 * Stands in for the NATS client where a service only publishes events: keeps
 * what was published, or refuses every event as a bus that is down would.
 */
export class RecordingBus {
  private readonly emitted: Emitted[] = [];
  private down = false;

  /** The service's view of this bus: it only ever calls `emit`. */
  get client(): ServiceClient {
    return this as unknown as ServiceClient;
  }

  emit(declaration: EventDeclaration, payload: object): Promise<void> {
    if (this.down) return Promise.reject(new Error('NATS is not reachable'));
    this.emitted.push({ subject: declaration.subject, payload });
    return Promise.resolve();
  }

  /** From now on every event fails to publish. */
  goDown(): void {
    this.down = true;
  }

  /** The payloads published as `declaration`, oldest first. */
  eventsOf<D extends EventDeclaration>(declaration: D): EventToSend<D>[] {
    return this.emitted
      .filter((event) => event.subject === declaration.subject)
      .map((event) => event.payload as EventToSend<D>);
  }
}
