import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HealthCheckResult, HealthIndicator } from '../health/health-indicator.js';

@Injectable()
export class PostgresHealthIndicator implements HealthIndicator {
  readonly name = 'postgres';

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async check(): Promise<HealthCheckResult> {
    await this.dataSource.query('SELECT 1');
    return { status: 'up' };
  }
}
