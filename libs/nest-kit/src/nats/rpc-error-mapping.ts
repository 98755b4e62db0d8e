import { AppError, isErrorPayload } from '@tally/contracts';
import { EmptyResponseException } from '@nestjs/microservices/errors/empty-response.exception.js';
import { TimeoutError } from 'rxjs';

function serviceOf(subject: string): string {
  return subject.split('.')[0] ?? subject;
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  if (typeof error === 'string') return error;
  return JSON.stringify(error);
}

/** A request sent before the connection to the bus was lost: its answer cannot come back. */
export function busLostDuringRequest(subject: string): AppError {
  const service = serviceOf(subject);
  return new AppError(
    'service_unavailable',
    `The message bus went away before the ${service} service answered.`,
    [{ service, reason: 'bus_unavailable' }],
  );
}

/**
 * Turns whatever a NATS request failed with into an AppError:
 * - an error a service raised on purpose keeps its code and status;
 * - nobody listening on the subject (NATS "no responders") is 503;
 * - the message bus being unreachable is 503;
 * - no answer within the timeout is 504;
 * - anything else is an internal error whose text is not shown to callers.
 */
export function toAppError(
  subject: string,
  error: unknown,
): { error: AppError; unexpected: boolean } {
  const service = serviceOf(subject);
  if (error instanceof AppError) return { error, unexpected: false };
  if (isErrorPayload(error)) return { error: AppError.fromPayload(error), unexpected: false };
  if (error instanceof TimeoutError) {
    return {
      error: new AppError('upstream_timeout', `The ${service} service did not answer in time.`, [
        { service, reason: 'timeout' },
      ]),
      unexpected: false,
    };
  }
  if (
    error instanceof EmptyResponseException ||
    /no responders|no subscribers/i.test(describe(error))
  ) {
    return {
      error: new AppError('service_unavailable', `The ${service} service is not available.`, [
        { service, reason: 'no_responders' },
      ]),
      unexpected: false,
    };
  }
  if (/connection|reconnect|closed|ECONNREFUSED|ENOTFOUND|disconnect/i.test(describe(error))) {
    return {
      error: new AppError('service_unavailable', 'The message bus is not reachable.', [
        { service, reason: 'bus_unavailable' },
      ]),
      unexpected: false,
    };
  }
  return {
    error: new AppError('internal_error', 'An internal error occurred.', [
      { service, reason: 'internal' },
    ]),
    unexpected: true,
  };
}
