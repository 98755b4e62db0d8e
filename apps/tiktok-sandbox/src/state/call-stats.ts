import type { TikTokPath } from '../tiktok-endpoints.js';

export interface EndpointStats {
  calls: number;
  /** Answers per HTTP status, e.g. `{"200": 12, "429": 3}`. */
  byStatus: Record<string, number>;
}

/** How many calls each TikTok endpoint answered, and with which statuses. */
export class CallStats {
  private readonly stats = new Map<TikTokPath, EndpointStats>();

  record(endpoint: TikTokPath, status: number): void {
    const stats = this.stats.get(endpoint) ?? { calls: 0, byStatus: {} };
    stats.calls += 1;
    stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
    this.stats.set(endpoint, stats);
  }

  snapshot(): Partial<Record<TikTokPath, EndpointStats>> {
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
