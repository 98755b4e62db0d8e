import { prefixSubject } from '@tally/nest-kit';
import { waitFor } from '@tally/testing';
import { connect, type NatsConnection } from '@nats-io/transport-node';

/** Listens, as another service would, to events on this test file's subject prefix. */
export class BusEvents {
  private readonly received = new Map<string, unknown[]>();

  private constructor(private readonly connection: NatsConnection) {}

  static async listen(subjects: string[]): Promise<BusEvents> {
    const connection = await connect({ servers: process.env.NATS_URL ?? 'nats://127.0.0.1:4222' });
    const events = new BusEvents(connection);
    for (const subject of subjects) {
      events.received.set(subject, []);
      connection.subscribe(prefixSubject(process.env.NATS_SUBJECT_PREFIX, subject), {
        callback: (error, message) => {
          if (error) return;
          const packet = JSON.parse(new TextDecoder().decode(message.data)) as { data: unknown };
          events.received.get(subject)?.push(packet.data);
        },
      });
    }
    await connection.flush();
    return events;
  }

  /** The first event on `subject` about `creatorId`, waiting a little for it. */
  async about<T extends { creatorId: string }>(
    subject: string,
    creatorId: string,
  ): Promise<T | undefined> {
    const find = async () =>
      (this.received.get(subject) as T[]).find((event) => event.creatorId === creatorId);
    return waitFor(find, (event) => event !== undefined, { timeoutMs: 3000, intervalMs: 20 });
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}
