import { Inject, Injectable } from '@nestjs/common';
import { HEALTH_INDICATORS, HealthIndicator } from './health-indicator.js';
import { withDeadline } from '../async/with-deadline.js';

export interface DependencyReport {
  status: 'up' | 'degraded' | 'down';
  detail?: string;
}

export interface ReadinessReport {
  status: 'ok' | 'degraded' | 'unavailable';
  checks: Record<string, DependencyReport>;
}

const CHECK_TIMEOUT_MS = 2000;

/** Asks every dependency at once; one that does not answer in time counts as down. */
@Injectable()
export class ReadinessService {
  constructor(@Inject(HEALTH_INDICATORS) private readonly indicators: HealthIndicator[]) {}

  async report(): Promise<ReadinessReport> {
    const entries = await Promise.all(
      this.indicators.map(
        async (indicator) => [indicator.name, await this.checkOne(indicator)] as const,
      ),
    );
    const checks = Object.fromEntries(entries);
    const statuses = entries.map(([, report]) => report.status);
    const status = statuses.includes('down')
      ? 'unavailable'
      : statuses.includes('degraded')
        ? 'degraded'
        : 'ok';
    return { status, checks };
  }

  private async checkOne(indicator: HealthIndicator): Promise<DependencyReport> {
    try {
      const result = await withDeadline(
        indicator.check(),
        CHECK_TIMEOUT_MS,
        () => new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`),
      );
      return result.detail
        ? { status: result.status, detail: result.detail }
        : { status: result.status };
    } catch (error) {
      return { status: 'down', detail: error instanceof Error ? error.message : String(error) };
    }
  }
}
