export * from './free-port.js';
export * from './wait-for.js';
export * from './nats-server.js';
export * from './redis-server.js';
export * from './sandbox-admin.js';
export * from './out-of-contract.js';
export { scriptedFetch } from './scripted-fetch.js';
export type { RecordedAnswer, ScriptedStep, SentRequest } from './scripted-fetch.js';
