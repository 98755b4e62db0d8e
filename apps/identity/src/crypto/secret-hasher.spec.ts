import { SecretHasher } from './secret-hasher.js';

describe('SecretHasher', () => {
  const sut = new SecretHasher('server-secret-of-at-least-32-characters');

  it('gives the same 32-byte hash for the same secret', () => {
    expect(sut.hash('tly_sk_abc')).toEqual(sut.hash('tly_sk_abc'));
    expect(sut.hash('tly_sk_abc')).toHaveLength(32);
  });

  it('depends on the server secret', () => {
    const other = new SecretHasher('another-server-secret-of-32-characters');

    expect(other.hash('tly_sk_abc')).not.toEqual(sut.hash('tly_sk_abc'));
  });

  it('matches only the right secret', () => {
    const stored = sut.hash('tly_sk_abc');

    expect(sut.matches('tly_sk_abc', stored)).toBe(true);
    expect(sut.matches('tly_sk_abd', stored)).toBe(false);
    expect(sut.matches('tly_sk_abc', Buffer.alloc(3))).toBe(false);
  });
});
