import { AppError } from '@tally/contracts';
import { EmptyResponseException } from '@nestjs/microservices/errors/empty-response.exception.js';
import { TimeoutError } from 'rxjs';
import { failedRequestOutcome } from './nats-request-outcome.js';
import { toAppError } from './rpc-error-mapping.js';

function outcomeOf(failure: unknown) {
  return failedRequestOutcome(failure, toAppError('creators.creators.get', failure).unexpected);
}

describe('failedRequestOutcome', () => {
  it("counts the service's error answer as error, whatever its code", () => {
    const payload = new AppError('service_unavailable', 'The database is down.').toPayload();

    expect(outcomeOf(payload)).toBe('error');
    expect(outcomeOf(new AppError('not_found', 'No such creator.'))).toBe('error');
  });

  it('counts no answer in time as timeout', () => {
    expect(outcomeOf(new TimeoutError())).toBe('timeout');
  });

  it('counts no responders and an unreachable bus as unavailable', () => {
    expect(outcomeOf(new EmptyResponseException('creators.creators.get'))).toBe('unavailable');
    expect(outcomeOf(new Error('503 no responders'))).toBe('unavailable');
    expect(outcomeOf(new Error('connect ECONNREFUSED 127.0.0.1:4222'))).toBe('unavailable');
  });

  it('counts a failure nobody expected as error', () => {
    expect(outcomeOf(new RangeError('bad things'))).toBe('error');
  });
});
