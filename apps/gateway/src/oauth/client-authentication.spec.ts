import { clientCredentials, OAuthRequestError } from './client-authentication.js';

const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

describe('clientCredentials', () => {
  it('reads HTTP Basic credentials, form-decoded', () => {
    expect(clientCredentials(basic('tly_ci_a', 'p%3Ass+x'), {})).toEqual({
      clientId: 'tly_ci_a',
      clientSecret: 'p:ss x',
    });
  });

  it('reads client_id and client_secret from the body', () => {
    expect(clientCredentials(undefined, { client_id: 'a', client_secret: 'b' })).toEqual({
      clientId: 'a',
      clientSecret: 'b',
    });
  });

  it('refuses both ways at once', () => {
    expect(() => clientCredentials(basic('a', 'b'), { client_secret: 'b' })).toThrow(
      OAuthRequestError,
    );
  });

  it('refuses a missing or other-scheme authentication as invalid_client', () => {
    expect(() => clientCredentials(undefined, {})).toThrow(
      expect.objectContaining({ status: 401, error: 'invalid_client' }),
    );
    expect(() => clientCredentials('Bearer x', {})).toThrow(
      expect.objectContaining({ status: 401, error: 'invalid_client' }),
    );
  });

  it('refuses a repeated field', () => {
    expect(() =>
      clientCredentials(undefined, { client_id: ['a', 'b'], client_secret: 'x' }),
    ).toThrow(expect.objectContaining({ status: 400, error: 'invalid_request' }));
  });
});
