import { GatewayKeysUsed, type EventPayloadOf } from '@tally/contracts';
import { Handles } from '@tally/nest-kit';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ApiKeysRepository } from './api-keys.repository.js';

/** Records last use of keys off the request path, from the gateways' batches. */
@Controller()
export class KeyUsageHandler {
  constructor(private readonly keys: ApiKeysRepository) {}

  @Handles(GatewayKeysUsed)
  async recordUses(@Payload() event: EventPayloadOf<typeof GatewayKeysUsed>): Promise<void> {
    await this.keys.recordUses(
      event.uses.map((use) => ({ keyId: use.keyId, at: new Date(use.at) })),
    );
  }
}
