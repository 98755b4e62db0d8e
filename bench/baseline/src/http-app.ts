// Baseline, front end: a bare Nest app on Fastify whose one route forwards one
// NATS request (Nest's ClientNats) and returns the answer. No guards,
// interceptors, filters, rate limiting or access log.
import 'reflect-metadata';
import { Controller, Get, Inject, Module, OnApplicationBootstrap } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ClientProxy, ClientsModule, Transport } from '@nestjs/microservices';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { firstValueFrom } from 'rxjs';
import { baselineSettings } from './settings.js';

const settings = baselineSettings();
const BUS = 'BUS';

@Controller('baseline')
class ForwardController implements OnApplicationBootstrap {
  constructor(@Inject(BUS) private readonly bus: ClientProxy) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.bus.connect();
  }

  @Get()
  forward(): Promise<unknown> {
    return firstValueFrom(this.bus.send(settings.subject, {}));
  }
}

@Module({
  imports: [
    ClientsModule.register([
      { name: BUS, transport: Transport.NATS, options: { servers: settings.natsServers } },
    ]),
  ],
  controllers: [ForwardController],
})
class ForwardModule {}

const app = await NestFactory.create<NestFastifyApplication>(ForwardModule, new FastifyAdapter(), {
  logger: ['warn', 'error'],
});
app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
await app.listen(settings.httpPort, '127.0.0.1');
process.stdout.write(`baseline HTTP app listening on ${await app.getUrl()}\n`);
