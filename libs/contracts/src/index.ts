export * from './subjects.js';
export * from './headers.js';
export * from './errors/error-codes.js';
export * from './errors/app-error.js';
export * from './http/envelope.js';
export * from './health/ping.js';
export * from './queues.js';
