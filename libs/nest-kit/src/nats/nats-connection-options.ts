import { splitNatsCredentials } from './nats-credentials.js';

export interface NatsConnectionSettings {
  /** `nats://host:4222`, or `nats://user:password@host:4222` where the server wants a user. */
  servers: string[];
  /** Shown by the NATS server in its connection list. */
  name: string;
}

/**
 * Connection options shared by every Tally NATS connection: the user and
 * password the addresses carry (see deploy/nats/); never give up
 * reconnecting, so that a NATS restart is survived without restarting the app;
 * no async stack traces (nats.js would build an Error for every request just
 * in case it fails; the error mapping needs only the failure's kind).
 */
export function natsConnectionOptions(settings: NatsConnectionSettings) {
  return {
    ...splitNatsCredentials(settings.servers),
    name: settings.name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    reconnectJitter: 250,
    pingInterval: 10_000,
    maxPingOut: 2,
    noAsyncTraces: true,
  };
}
