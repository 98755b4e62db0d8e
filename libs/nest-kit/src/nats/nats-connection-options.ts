export interface NatsConnectionSettings {
  servers: string[];
  /** Shown by the NATS server in its connection list. */
  name: string;
}

/**
 * Connection options shared by every Tally NATS connection: never give up
 * reconnecting, so that a NATS restart is survived without restarting the app;
 * no async stack traces (nats.js would build an Error for every request just
 * in case it fails; the error mapping needs only the failure's kind).
 */
export function natsConnectionOptions(settings: NatsConnectionSettings) {
  return {
    servers: settings.servers,
    name: settings.name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    reconnectJitter: 250,
    pingInterval: 10_000,
    maxPingOut: 2,
    noAsyncTraces: true,
  };
}
