import { QueueFactory, serviceCoreModules, TokenCipher } from '@tally/nest-kit';
import { DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WebhooksConfig } from './config/webhooks.config.js';
import { WEBHOOKS_CONFIG } from './config/webhooks.tokens.js';
import { DeliveriesHandler } from './deliveries/deliveries.handler.js';
import { DeliveriesRepository } from './deliveries/deliveries.repository.js';
import { DeliveriesService } from './deliveries/deliveries.service.js';
import { DeliveryQueue } from './deliveries/delivery-queue.js';
import { DeliveryQueueMetric } from './deliveries/delivery-queue.metric.js';
import { DeliveryWorker } from './deliveries/delivery-worker.js';
import { EndpointsHandler } from './endpoints/endpoints.handler.js';
import { EndpointsRepository } from './endpoints/endpoints.repository.js';
import { EndpointsService } from './endpoints/endpoints.service.js';
import { EventFanOutRepository } from './events/event-fan-out.repository.js';
import { EventsConsumer } from './events/events-consumer.js';
import { PingHandler } from './health/ping.handler.js';

const withDatabase = <T>(type: new (db: DataSource) => T) => ({
  provide: type,
  useFactory: (db: DataSource) => new type(db),
  inject: [DataSource],
});

@Module({})
export class WebhooksModule {
  static register(config: WebhooksConfig, dataSource: DataSource): DynamicModule {
    const redis = { url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX };
    return {
      module: WebhooksModule,
      imports: [...serviceCoreModules({ service: 'webhooks', config, dataSource, redis })],
      controllers: [PingHandler, EndpointsHandler, DeliveriesHandler],
      providers: [
        { provide: WEBHOOKS_CONFIG, useValue: config },
        { provide: TokenCipher, useValue: new TokenCipher(config.secretKeyring) },
        { provide: QueueFactory, useValue: new QueueFactory(redis) },
        withDatabase(EventFanOutRepository),
        EndpointsRepository,
        DeliveriesRepository,
        EndpointsService,
        DeliveriesService,
        DeliveryQueue,
        DeliveryQueueMetric,
        DeliveryWorker,
        EventsConsumer,
      ],
    };
  }
}
