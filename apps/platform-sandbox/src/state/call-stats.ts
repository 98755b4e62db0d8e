import type { SandboxEndpoint } from '../platforms/sandbox-endpoint.js';

export interface EndpointStats {
  calls: number;
  /** Answers per HTTP status, e.g. `{"200": 12, "429": 3}`. */
  byStatus: Record<string, number>;
}

/** How many calls each platform endpoint answered, and with which statuses. */
export class CallStats {
  private readonly stats = new Map<SandboxEndpoint, EndpointStats>();

  record(endpoint: SandboxEndpoint, status: number): void {
    const stats = this.stats.get(endpoint) ?? { calls: 0, byStatus: {} };
    stats.calls += 1;
    stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
    this.stats.set(endpoint, stats);
  }

  snapshot(): Partial<Record<SandboxEndpoint, EndpointStats>> {
    return Object.fromEntries(
      [...this.stats].map(([endpoint, stats]) => [
        endpoint,
        { calls: stats.calls, byStatus: { ...stats.byStatus } },
      ]),
    );
  }

  clear(): void {
    this.stats.clear();
  }
}
