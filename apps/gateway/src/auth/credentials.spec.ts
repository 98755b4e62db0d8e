import { sessionCookieNames } from '@tally/contracts';
import { presentedCredential } from './credentials.js';

describe('presentedCredential', () => {
  it('reads an API key from Authorization: Bearer', () => {
    expect(presentedCredential({ authorization: 'Bearer tly_sk_abc' }, {})).toEqual({
      kind: 'api_key',
      value: 'tly_sk_abc',
    });
  });

  it('reads an API key from x-api-key', () => {
    expect(presentedCredential({ 'x-api-key': 'tly_pk_abc' }, {})).toEqual({
      kind: 'api_key',
      value: 'tly_pk_abc',
    });
  });

  it('takes a bearer value that is not a Tally key for an access token', () => {
    expect(presentedCredential({ authorization: 'bearer eyJ.a.b' }, {})).toEqual({
      kind: 'bearer_token',
      value: 'eyJ.a.b',
    });
  });

  it('falls back to the session cookie', () => {
    expect(presentedCredential({}, { tally_session: 's' })).toEqual({
      kind: 'session',
      value: 's',
    });
  });

  it('prefers an explicit credential to the cookie', () => {
    expect(presentedCredential({ 'x-api-key': 'tly_sk_x' }, { tally_session: 's' })?.kind).toBe(
      'api_key',
    );
  });

  it('is null when nothing is presented', () => {
    expect(presentedCredential({}, {})).toBeNull();
  });

  it('refuses an Authorization header of another scheme', () => {
    expect(() => presentedCredential({ authorization: 'Basic dXNlcjpwYXNz' }, {})).toThrow(
      expect.objectContaining({ code: 'unauthorized' }),
    );
  });

  describe('with Secure cookies', () => {
    const secure = sessionCookieNames(true);

    it('reads the session from the __Host- cookie the gateway sets', () => {
      expect(presentedCredential({}, { '__Host-tally_session': 's' }, secure)).toEqual({
        kind: 'session',
        value: 's',
      });
    });

    // A sibling subdomain can plant a bare-named cookie, never a __Host- one.
    it('ignores a bare tally_session cookie', () => {
      expect(presentedCredential({}, { tally_session: 'planted' }, secure)).toBeNull();
    });
  });
});
