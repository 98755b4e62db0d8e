export type DependencyStatus = 'up' | 'degraded';

export interface HealthCheckResult {
  status: DependencyStatus;
  detail?: string;
}

/** A dependency that readiness checks. `check` throws when the dependency is down. */
export interface HealthIndicator {
  readonly name: string;
  check(): Promise<HealthCheckResult>;
}

export const HEALTH_INDICATORS = Symbol('HEALTH_INDICATORS');
