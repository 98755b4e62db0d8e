import { TtlCache } from './ttl-cache.js';

describe('TtlCache', () => {
  let now = 0;
  const clock = () => now;

  beforeEach(() => {
    now = 1000;
  });

  it('returns a value until it expires', () => {
    const sut = new TtlCache<string>(10, clock);
    sut.set('a', 'x', 100);

    now = 1099;
    expect(sut.get('a')).toBe('x');
    now = 1100;
    expect(sut.get('a')).toBeUndefined();
  });

  it('drops the oldest entry when full', () => {
    const sut = new TtlCache<number>(2, clock);
    sut.set('a', 1, 1000);
    sut.set('b', 2, 1000);
    sut.set('c', 3, 1000);

    expect(sut.get('a')).toBeUndefined();
    expect(sut.get('b')).toBe(2);
    expect(sut.size).toBe(2);
  });

  it('deletes every entry that matches', () => {
    const sut = new TtlCache<{ keyId: string }>(10, clock);
    sut.set('h1', { keyId: 'k1' }, 1000);
    sut.set('h2', { keyId: 'k2' }, 1000);

    sut.deleteWhere((value) => value.keyId === 'k1');

    expect(sut.get('h1')).toBeUndefined();
    expect(sut.get('h2')).toEqual({ keyId: 'k2' });
  });
});
