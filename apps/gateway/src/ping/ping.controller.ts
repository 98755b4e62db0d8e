import { PlatformPing, PlatformPingSchema } from '@tally/contracts';
import { Controller, Get } from '@nestjs/common';
import { Public } from '../auth/auth.decorators.js';
import { PublicApi } from '../http/public-api.decorator.js';
import { ApiRoute } from '../openapi/index.js';
import { PingService } from './ping.service.js';

@Controller('api/v1/ping')
@PublicApi()
export class PingController {
  constructor(private readonly pingService: PingService) {}

  @Get()
  @Public()
  @ApiRoute({
    summary: 'Check that the platform answers',
    description: 'Asks every service behind the gateway over NATS.',
    response: PlatformPingSchema,
    errors: [{ status: 503, description: 'A service did not answer; `details` name it.' }],
  })
  ping(): Promise<PlatformPing> {
    return this.pingService.ping();
  }
}
