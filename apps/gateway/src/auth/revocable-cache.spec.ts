import { RevocableCache } from './revocable-cache.js';

describe('RevocableCache', () => {
  let now = 0;
  const clock = () => now;

  beforeEach(() => {
    now = 1000;
  });

  it('keeps a verdict whose ticket no revocation has passed', () => {
    const sut = new RevocableCache<{ keyId: string }>(10, clock);
    const ticket = sut.ticket();

    const kept = sut.set('h1', { keyId: 'k1' }, 100, ticket);

    expect(kept).toBe(true);
    expect(sut.get('h1')).toEqual({ keyId: 'k1' });
  });

  it('does not keep a verdict that was on its way while a revocation arrived', () => {
    const sut = new RevocableCache<{ keyId: string }>(10, clock);
    const ticket = sut.ticket();

    sut.revokeWhere((verdict) => verdict.keyId === 'k1');
    const kept = sut.set('h1', { keyId: 'k1' }, 100, ticket);

    expect(kept).toBe(false);
    expect(sut.get('h1')).toBeUndefined();
  });

  it('keeps verdicts of verifications that started after the revocation', () => {
    const sut = new RevocableCache<{ keyId: string }>(10, clock);
    sut.revokeWhere((verdict) => verdict.keyId === 'k1');

    sut.set('h2', { keyId: 'k2' }, 100, sut.ticket());

    expect(sut.get('h2')).toEqual({ keyId: 'k2' });
  });

  it('drops the cached verdicts a revocation names, and only those', () => {
    const sut = new RevocableCache<{ keyId: string }>(10, clock);
    sut.set('h1', { keyId: 'k1' }, 100, sut.ticket());
    sut.set('h2', { keyId: 'k2' }, 100, sut.ticket());

    sut.revokeWhere((verdict) => verdict.keyId === 'k1');

    expect(sut.get('h1')).toBeUndefined();
    expect(sut.get('h2')).toEqual({ keyId: 'k2' });
  });

  it('lets verdicts expire', () => {
    const sut = new RevocableCache<string>(10, clock);
    sut.set('h1', 'verdict', 100, sut.ticket());

    now = 1100;

    expect(sut.get('h1')).toBeUndefined();
  });
});
