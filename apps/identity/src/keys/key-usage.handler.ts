import { GatewayEvents, KeysUsedEvent } from '@tally/contracts';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ApiKeysRepository } from './api-keys.repository.js';

/** Records last use of keys off the request path, from the gateways' batches. */
@Controller()
export class KeyUsageHandler {
  constructor(private readonly keys: ApiKeysRepository) {}

  @EventPattern(GatewayEvents.keysUsed)
  async recordUses(@Payload() event: KeysUsedEvent): Promise<void> {
    const uses = (event.uses ?? [])
      .filter((use) => typeof use.keyId === 'string' && !Number.isNaN(Date.parse(use.at)))
      .map((use) => ({ keyId: use.keyId, at: new Date(use.at) }));
    await this.keys.recordUses(uses);
  }
}
