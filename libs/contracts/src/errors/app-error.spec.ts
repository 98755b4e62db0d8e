import { AppError, isErrorPayload } from './app-error.js';

describe('AppError', () => {
  it('takes its HTTP status from its code', () => {
    expect(new AppError('not_found', 'Creator not found').status).toBe(404);
    expect(new AppError('service_unavailable', 'down').status).toBe(503);
  });

  it('survives a round trip through its wire payload', () => {
    const original = new AppError('validation_failed', 'Bad body', [
      { field: 'name', reason: 'must not be empty' },
    ]);
    const payload = JSON.parse(JSON.stringify(original.toPayload())) as unknown;

    expect(isErrorPayload(payload)).toBe(true);
    const restored = AppError.fromPayload(payload as ReturnType<AppError['toPayload']>);
    expect(restored).toMatchObject({
      code: 'validation_failed',
      status: 400,
      message: 'Bad body',
      details: [{ field: 'name', reason: 'must not be empty' }],
    });
  });

  it('does not mistake arbitrary objects for error payloads', () => {
    expect(
      isErrorPayload({ status: 'error', message: 'There is no matching message handler' }),
    ).toBe(false);
    expect(isErrorPayload({ code: 'made_up', status: 400, message: 'x' })).toBe(false);
    expect(isErrorPayload(null)).toBe(false);
  });
});
