export * from './outbox-event.js';
export * from './webhook-declarations.js';
export * from './webhook-endpoint-messages.js';
export * from './webhook-event-types.js';
