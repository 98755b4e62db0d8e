import { AppError } from '@tally/contracts';
import { EmptyResponseException } from '@nestjs/microservices/errors/empty-response.exception.js';
import { TimeoutError } from 'rxjs';
import { toAppError } from './rpc-error-mapping.js';

describe('toAppError', () => {
  const subject = 'identity.keys.verify';

  it('keeps the code and status of an error raised by the service', () => {
    const payload = new AppError('not_found', 'Key not found').toPayload();
    const { error, unexpected } = toAppError(subject, payload);

    expect(error).toMatchObject({ code: 'not_found', status: 404, message: 'Key not found' });
    expect(unexpected).toBe(false);
  });

  it('reports a timeout as 504 naming the service', () => {
    const { error } = toAppError(subject, new TimeoutError());
    expect(error).toMatchObject({ code: 'upstream_timeout', status: 504 });
    expect(error.details).toEqual([{ service: 'identity', reason: 'timeout' }]);
  });

  it('reports nobody listening as 503', () => {
    const { error } = toAppError(subject, new EmptyResponseException(subject));
    expect(error).toMatchObject({ code: 'service_unavailable', status: 503 });
    expect(error.details).toEqual([{ service: 'identity', reason: 'no_responders' }]);
  });

  it('reports a lost connection to the bus as 503', () => {
    const { error } = toAppError(subject, 'Error: Connection lost. Trying to reconnect...');
    expect(error).toMatchObject({ code: 'service_unavailable', status: 503 });
    expect(error.details).toEqual([{ service: 'identity', reason: 'bus_unavailable' }]);
  });

  it('hides the text of an unexpected failure', () => {
    const { error, unexpected } = toAppError(subject, {
      status: 'error',
      message: 'stack at line 3',
    });
    expect(error).toMatchObject({
      code: 'internal_error',
      status: 500,
      message: 'An internal error occurred.',
    });
    expect(unexpected).toBe(true);
  });
});
