import { AppError, CreatorsPing, ErrorDetail, IdentityPing, PlatformPing } from '@tally/contracts';
import { ServiceClient } from '@tally/nest-kit';
import { Injectable } from '@nestjs/common';

const SERVICES = [
  { name: 'identity', message: IdentityPing },
  { name: 'creators', message: CreatorsPing },
] as const;

/** Asks every backing service over NATS whether it answers. */
@Injectable()
export class PingService {
  constructor(private readonly bus: ServiceClient) {}

  async ping(): Promise<PlatformPing> {
    const results = await Promise.allSettled(
      SERVICES.map(({ message }) => this.bus.request(message, {})),
    );
    const failures: ErrorDetail[] = results.flatMap((result, index) =>
      result.status === 'rejected'
        ? [{ service: SERVICES[index].name, reason: reasonOf(result.reason) }]
        : [],
    );
    if (failures.length > 0) {
      const names = failures.map((failure) => failure.service).join(' and ');
      throw new AppError('service_unavailable', `Not every service answered: ${names}.`, failures);
    }
    return { identity: 'ok', creators: 'ok' };
  }
}

function reasonOf(error: unknown): string {
  return error instanceof AppError ? (error.details?.[0]?.reason ?? error.code) : 'internal';
}
