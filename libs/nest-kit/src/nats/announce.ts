import type { EventDeclaration, EventToSend } from '@tally/contracts';
import type { LoggerService } from '@nestjs/common';
import type { ServiceClient } from './service-client.js';

/**
 * Publishes a declared event about something already done (a committed
 * transaction): a failure is logged with the event's subject, never thrown,
 * so that the caller's answer stands.
 */
export async function announce<D extends EventDeclaration>(
  bus: Pick<ServiceClient, 'emit'>,
  logger: Pick<LoggerService, 'error'>,
  event: D,
  payload: EventToSend<D>,
): Promise<void> {
  await bus
    .emit(event, payload)
    .catch((error: unknown) =>
      logger.error({ msg: `could not publish ${event.subject}`, err: error }),
    );
}
