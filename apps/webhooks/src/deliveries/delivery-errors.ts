import { AppError } from '@tally/contracts';

/** Also the answer for a delivery of another endpoint: never reveal that it exists. */
export function deliveryNotFound(): AppError {
  return new AppError('not_found', 'No delivery with this id for this webhook endpoint.');
}

export function alreadyDelivered(): AppError {
  return new AppError('conflict', 'This delivery was delivered: there is nothing to retry.', [
    { reason: 'delivery already delivered' },
  ]);
}

export function endpointDisabled(): AppError {
  return new AppError(
    'conflict',
    'The webhook endpoint is disabled: enable it before retrying its deliveries.',
    [{ reason: 'endpoint disabled' }],
  );
}

/**
 * An attempt failed and another follows after `retryInMs` (the worker's
 * backoff strategy answers it, so that the log's next attempt time is the one BullMQ keeps).
 */
export class DeliveryRetryError extends Error {
  constructor(
    message: string,
    readonly retryInMs: number,
  ) {
    super(message);
    this.name = 'DeliveryRetryError';
  }
}
