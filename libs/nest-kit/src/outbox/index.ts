export { createOutboxTable, dropOutboxTable } from './outbox-table.js';
export { OutboxWriter } from './outbox-writer.js';
export type { NewOutboxEvent } from './outbox-writer.js';
export { ensureEventsStream } from './events-stream.js';
export { OutboxRelay } from './outbox-relay.js';
export type { OutboxRelayOptions } from './outbox-relay.js';
export { OutboxRelayHost, outboxRelayProviders } from './outbox-relay.host.js';
export type { OutboxRelayHostOptions } from './outbox-relay.host.js';
