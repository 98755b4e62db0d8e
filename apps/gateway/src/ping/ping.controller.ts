import { PlatformPing } from '@tally/contracts';
import { Controller, Get } from '@nestjs/common';
import { Public } from '../auth/auth.decorators.js';
import { PublicApi } from '../http/envelope.interceptor.js';
import { PingService } from './ping.service.js';

@Controller('api/v1/ping')
@PublicApi()
export class PingController {
  constructor(private readonly pingService: PingService) {}

  @Get()
  @Public()
  ping(): Promise<PlatformPing> {
    return this.pingService.ping();
  }
}
