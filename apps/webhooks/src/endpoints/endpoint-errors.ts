import { AppError, MAX_WEBHOOK_ENDPOINTS } from '@tally/contracts';

/** Also the answer for another account's endpoint: never reveal that it exists. */
export function endpointNotFound(): AppError {
  return new AppError('not_found', 'No webhook endpoint with this id in your account.');
}

export function tooManyEndpoints(): AppError {
  return new AppError(
    'conflict',
    `An account has at most ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints: delete one first.`,
    [{ reason: `at most ${MAX_WEBHOOK_ENDPOINTS} endpoints per account` }],
  );
}

export function urlRefused(reason: string): AppError {
  return new AppError('validation_failed', `The url is refused: ${reason}.`, [
    { field: 'url', reason },
  ]);
}
