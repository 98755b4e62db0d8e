import { canonicalUrl } from './canonical-url.js';

describe('canonicalUrl', () => {
  it.each([
    ['/api/v1/keys', '/api/v1/keys'],
    ['/%61pi/v1/keys', '/api/v1/keys'],
    ['/%41PI/v1/keys', '/API/v1/keys'],
    ['/api/v1/key%73?limit=5', '/api/v1/keys?limit=5'],
    ['//api///v1//keys', '/api/v1/keys'],
    ['/api/v1/./keys', '/api/v1/keys'],
    ['/api/v1/creators/../keys', '/api/v1/keys'],
    ['/api/v1/%2e%2e/v1/keys', '/api/v1/keys'],
    ['/../../api/v1/keys', '/api/v1/keys'],
    ['/api/v1/keys/..', '/api/v1/'],
    ['/api/v1/keys/.', '/api/v1/keys/'],
    ['/api/v1/keys/', '/api/v1/keys/'],
    ['/', '/'],
  ])('reads %s as %s', (url, expected) => {
    expect(canonicalUrl(url)).toBe(expected);
  });

  it('keeps reserved escapes escaped, so that an encoded slash stays part of its segment', () => {
    expect(canonicalUrl('/api%2fv1%2Fkeys')).toBe('/api%2Fv1%2Fkeys');
  });

  it('leaves the query string as it came', () => {
    expect(canonicalUrl('/api/v1/creators?cursor=a%2Fb//c&x=/../')).toBe(
      '/api/v1/creators?cursor=a%2Fb//c&x=/../',
    );
  });

  it('leaves a malformed escape for the router to refuse', () => {
    expect(canonicalUrl('/api/v1/%zzkeys')).toBe('/api/v1/%zzkeys');
  });

  it('leaves a request target that is not a path alone (OPTIONS *)', () => {
    expect(canonicalUrl('*')).toBe('*');
  });
});
