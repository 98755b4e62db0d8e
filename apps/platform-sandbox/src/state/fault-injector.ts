import type { SandboxEndpoint } from '../platforms/sandbox-endpoint.js';

/** What the next calls to one endpoint should suffer instead of (or before) a normal answer. */
export interface FaultSpec {
  endpoint: SandboxEndpoint;
  /** HTTP status of the faulty answer. */
  status?: number;
  /** The platform's error code in the body (`internal_error`, `invalid_grant`, `quotaExceeded`, `17`, ...). */
  error?: string;
  /** An HTML page instead of JSON. */
  garbage?: boolean;
  /** Wait this long first; alone, the normal answer follows the wait. */
  delayMs?: number;
  retryAfterSeconds?: number;
  /** How many calls it hits. */
  times: number;
}

export interface ActiveFault extends FaultSpec {
  id: number;
  remaining: number;
}

/** Faults queued per endpoint, each used up after `times` calls. */
export class FaultInjector {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  add(spec: FaultSpec): ActiveFault {
    const fault = { ...spec, id: this.nextId, remaining: spec.times };
    this.nextId += 1;
    this.faults.push(fault);
    return fault;
  }

  /** The oldest fault waiting for this endpoint, counted as used. */
  take(endpoint: SandboxEndpoint): ActiveFault | undefined {
    const fault = this.faults.find((each) => each.endpoint === endpoint);
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((each) => each !== fault);
    return fault;
  }

  list(): readonly ActiveFault[] {
    return this.faults;
  }

  clear(): void {
    this.faults = [];
  }
}
