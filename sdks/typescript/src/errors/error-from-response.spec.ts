import { errorFromResponse } from './error-from-response.js';
import { TallyError } from './tally-error.js';

describe('errorFromResponse', () => {
  const headers = new Headers({ 'x-request-id': 'req-from-header', 'retry-after': '3' });

  it("takes the envelope's code, message, details and request id", () => {
    const error = errorFromResponse(
      400,
      {
        success: false,
        error: {
          code: 'validation_failed',
          message: 'the input is not valid',
          details: [{ field: 'name', reason: 'name is required' }],
          requestId: 'req-1',
        },
      },
      headers,
    );

    expect(error).toBeInstanceOf(TallyError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'TallyError',
      status: 400,
      code: 'validation_failed',
      message: 'the input is not valid',
      details: [{ field: 'name', reason: 'name is required' }],
      requestId: 'req-1',
    });
    expect(error.headers?.get('retry-after')).toBe('3');
  });

  it('keeps a code it does not know', () => {
    const error = errorFromResponse(
      418,
      {
        success: false,
        error: { code: 'teapot', message: 'short and stout', details: [], requestId: 'r' },
      },
      headers,
    );

    expect(error.code).toBe('teapot');
  });

  it("takes an OAuth error's code and description", () => {
    const error = errorFromResponse(
      401,
      { error: 'invalid_client', error_description: 'the client is unknown' },
      headers,
    );

    expect(error).toMatchObject({
      status: 401,
      code: 'invalid_client',
      message: 'the client is unknown',
      requestId: 'req-from-header',
    });
  });

  it('answers unexpected_response for a body that is not the API’s', () => {
    const html = errorFromResponse(502, '<html>Bad Gateway</html>', headers);
    const empty = errorFromResponse(500, undefined, new Headers());
    const other = errorFromResponse(400, { message: 'nope' }, headers);

    expect(html).toMatchObject({ status: 502, code: 'unexpected_response', details: [] });
    expect(html.message).toContain('<html>Bad Gateway</html>');
    expect(empty).toMatchObject({ status: 500, code: 'unexpected_response', requestId: undefined });
    expect(empty.message).toContain('an empty body');
    expect(other.code).toBe('unexpected_response');
  });

  it('drops malformed details instead of passing them on', () => {
    const error = errorFromResponse(
      400,
      {
        success: false,
        error: {
          code: 'validation_failed',
          message: 'm',
          details: [{ reason: 'ok' }, 'junk', { no: 1 }],
        },
      },
      headers,
    );

    expect(error.details).toEqual([{ reason: 'ok' }]);
    expect(error.requestId).toBe('req-from-header');
  });
});
