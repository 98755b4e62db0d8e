import { DynamicModule, Module, ModuleMetadata, Type } from '@nestjs/common';
import { HEALTH_INDICATORS, HealthIndicator } from './health-indicator.js';
import { HealthController } from './health.controller.js';
import { ReadinessService } from './readiness.service.js';

/** `/health/live` and `/health/ready` over the dependencies an app names. */
@Module({})
export class HealthModule {
  /** `imports` brings indicators that are not global (an app's own services) into reach. */
  static forRoot(
    indicators: Type<HealthIndicator>[],
    imports: ModuleMetadata['imports'] = [],
  ): DynamicModule {
    return {
      module: HealthModule,
      imports,
      controllers: [HealthController],
      providers: [
        ReadinessService,
        {
          provide: HEALTH_INDICATORS,
          useFactory: (...instances: HealthIndicator[]) => instances,
          inject: indicators,
        },
      ],
    };
  }
}
