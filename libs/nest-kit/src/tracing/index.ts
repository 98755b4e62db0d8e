// The entry apps import before anything else (`@tally/nest-kit/tracing`): it
// must not load the rest of the kit, whose libraries tracing instruments.
export { startTracing } from './start-tracing.js';
export { tracingActive } from './tracing-state.js';
