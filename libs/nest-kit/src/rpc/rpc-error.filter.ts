import { AppError, ErrorPayload } from '@tally/contracts';
import {
  ArgumentsHost,
  BadRequestException,
  Catch,
  Logger,
  RpcExceptionFilter,
} from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { Observable, throwError } from 'rxjs';
import { isDatabaseUnavailable } from '../database/database-unavailable.js';

/**
 * Turns anything a message handler throws into an ErrorPayload, so that the
 * caller gets the code and status back across NATS. A database that cannot be
 * reached is 503 `service_unavailable`; unexpected errors are logged here and
 * leave the service as a bare `internal_error`.
 */
@Catch()
export class RpcErrorFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger(RpcErrorFilter.name);

  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => this.toPayload(exception));
  }

  private toPayload(exception: unknown): ErrorPayload {
    if (exception instanceof AppError) return exception.toPayload();
    if (exception instanceof RpcException) {
      const inner = exception.getError();
      if (inner instanceof AppError) return inner.toPayload();
    }
    if (exception instanceof BadRequestException) {
      return new AppError(
        'validation_failed',
        'The message failed validation.',
        validationDetails(exception),
      ).toPayload();
    }
    if (isDatabaseUnavailable(exception)) {
      // An outage, not a bug: the caller is told to come back, the stack is of no use.
      this.logger.warn({ msg: 'The database is unavailable', reason: String(exception) });
      return new AppError(
        'service_unavailable',
        'The database is not available; try again shortly.',
        [{ service: 'database', reason: 'unavailable' }],
      ).toPayload();
    }
    this.logger.error({ msg: 'Unhandled error in message handler', err: exception });
    return new AppError('internal_error', 'An internal error occurred.').toPayload();
  }
}

function validationDetails(exception: BadRequestException) {
  const response = exception.getResponse();
  const messages =
    typeof response === 'object' && response !== null && 'message' in response
      ? (response as { message: unknown }).message
      : [];
  return (Array.isArray(messages) ? messages : [messages]).map((reason) => ({
    reason: String(reason),
  }));
}
