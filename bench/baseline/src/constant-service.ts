// Baseline, back end: a bare Nest microservice on NATS that answers one
// subject with a constant. No database, no validation, no logging per message.
import 'reflect-metadata';
import { Controller, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MessagePattern, MicroserviceOptions, Transport } from '@nestjs/microservices';
import { baselineSettings } from './settings.js';

const settings = baselineSettings();

const CONSTANT = { items: [{ id: 'baseline', name: 'constant' }], next: null, prev: null };

@Controller()
class ConstantController {
  @MessagePattern(settings.subject)
  answer(): typeof CONSTANT {
    return CONSTANT;
  }
}

@Module({ controllers: [ConstantController] })
class ConstantModule {}

const app = await NestFactory.createMicroservice<MicroserviceOptions>(ConstantModule, {
  transport: Transport.NATS,
  options: { servers: settings.natsServers, queue: 'bench-baseline' },
  logger: ['warn', 'error'],
});
app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
await app.listen();
process.stdout.write(`baseline constant service listening on ${settings.subject}\n`);
