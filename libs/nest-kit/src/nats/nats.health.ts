import { Injectable } from '@nestjs/common';
import { HealthCheckResult, HealthIndicator } from '../health/health-indicator.js';
import { ServiceClient } from './service-client.js';

@Injectable()
export class NatsHealthIndicator implements HealthIndicator {
  readonly name = 'nats';

  constructor(private readonly client: ServiceClient) {}

  async check(): Promise<HealthCheckResult> {
    if (this.client.busStatus !== 'connected') await this.client.connect();
    return { status: 'up' };
  }
}
