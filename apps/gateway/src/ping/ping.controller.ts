import { PlatformPing } from '@tally/contracts';
import { Controller, Get } from '@nestjs/common';
import { PublicApi } from '../http/envelope.interceptor.js';
import { PingService } from './ping.service.js';

@Controller('api/v1/ping')
@PublicApi()
export class PingController {
  constructor(private readonly pingService: PingService) {}

  @Get()
  ping(): Promise<PlatformPing> {
    return this.pingService.ping();
  }
}
