import { randomBytes } from 'node:crypto';
import { API_KEY_LENGTH, formatApiKey, parseApiKey, toBase62 } from './api-key-format.js';

describe('API key format', () => {
  it('makes secret and publishable keys of a fixed length that parse back', () => {
    const secret = formatApiKey('secret', randomBytes(24));
    const publishable = formatApiKey('publishable', randomBytes(24));

    expect(secret).toMatch(/^tly_sk_[0-9A-Za-z]{39}$/);
    expect(publishable).toMatch(/^tly_pk_[0-9A-Za-z]{39}$/);
    expect(secret).toHaveLength(API_KEY_LENGTH);
    expect(parseApiKey(secret)).toEqual({ type: 'secret', start: secret.slice(0, 13) });
    expect(parseApiKey(publishable)?.type).toBe('publishable');
  });

  it('keeps all 192 random bits, even when they start with zeros', () => {
    const allZero = formatApiKey('secret', new Uint8Array(24));
    const allOnes = formatApiKey('secret', new Uint8Array(24).fill(255));

    expect(allZero).toHaveLength(API_KEY_LENGTH);
    expect(allOnes).toHaveLength(API_KEY_LENGTH);
    expect(toBase62(2n ** 192n - 1n, 33)).toHaveLength(33);
  });

  it('refuses a key with one character changed', () => {
    const key = formatApiKey('secret', randomBytes(24));
    const position = 12;
    const changed =
      key.slice(0, position) + (key[position] === 'a' ? 'b' : 'a') + key.slice(position + 1);

    expect(parseApiKey(changed)).toBeNull();
  });

  it('refuses truncated, padded and foreign strings', () => {
    const key = formatApiKey('publishable', randomBytes(24));

    expect(parseApiKey(key.slice(0, -1))).toBeNull();
    expect(parseApiKey(`${key}x`)).toBeNull();
    expect(parseApiKey(key.replace('tly_pk_', 'tly_xx_'))).toBeNull();
    expect(parseApiKey('sk_live_abcdef')).toBeNull();
    expect(parseApiKey('')).toBeNull();
  });

  it('refuses a key whose type prefix was swapped', () => {
    const key = formatApiKey('publishable', randomBytes(24));

    expect(parseApiKey(key.replace('tly_pk_', 'tly_sk_'))).toBeNull();
  });
});
