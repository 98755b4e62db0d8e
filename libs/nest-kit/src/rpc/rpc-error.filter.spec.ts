import { AppError, type ErrorPayload } from '@tally/contracts';
import type { ArgumentsHost } from '@nestjs/common';
import { firstValueFrom } from 'rxjs';
import { QueryFailedError } from 'typeorm';
import { RpcErrorFilter } from './rpc-error.filter.js';

async function payloadOf(exception: unknown): Promise<ErrorPayload> {
  const sut = new RpcErrorFilter();
  try {
    await firstValueFrom(sut.catch(exception, {} as ArgumentsHost));
  } catch (payload) {
    return payload as ErrorPayload;
  }
  throw new Error('the filter did not fail');
}

describe('RpcErrorFilter', () => {
  it('keeps the code of an AppError', async () => {
    expect(await payloadOf(new AppError('not_found', 'No such key.'))).toMatchObject({
      code: 'not_found',
      status: 404,
    });
  });

  it('answers 503 when the database cannot be reached, not an internal error', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    const shutDown = new QueryFailedError(
      'SELECT 1',
      [],
      Object.assign(new Error('terminating connection due to administrator command'), {
        code: '57P01',
      }),
    );

    for (const exception of [refused, shutDown]) {
      expect(await payloadOf(exception)).toEqual({
        code: 'service_unavailable',
        status: 503,
        message: 'The database is not available; try again shortly.',
        details: [{ service: 'database', reason: 'unavailable' }],
      });
    }
  });

  it('hides anything else behind internal_error', async () => {
    const payload = await payloadOf(new TypeError('x is undefined'));

    expect(payload).toMatchObject({ code: 'internal_error', status: 500 });
    expect(payload.message).not.toContain('undefined');
  });
});
