import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { OperatorRoute } from '../http/route-access.decorators.js';
import { ReadinessReport, ReadinessService } from './readiness.service.js';

@Controller('health')
@OperatorRoute()
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessReport> {
    const report = await this.readiness.report();
    reply.status(report.status === 'unavailable' ? 503 : 200);
    return report;
  }
}
