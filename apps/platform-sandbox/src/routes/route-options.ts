import type { SandboxState } from '../state/sandbox-state.js';

/** What every route plugin of the sandbox receives. */
export interface SandboxRouteOptions {
  state: SandboxState;
}
