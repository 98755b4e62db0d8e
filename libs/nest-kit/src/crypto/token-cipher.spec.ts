import { randomBytes } from 'node:crypto';
import { DEVELOPMENT_SECRETS } from '../config/secret-settings.js';
import { TokenCipher } from './token-cipher.js';
import { parseTokenKey, tokenKeyringFrom } from './token-keyring.js';

const keyText = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;

describe('TokenCipher', () => {
  it('opens what it sealed, and the sealed bytes hold no plaintext', () => {
    const sut = new TokenCipher({ current: parseTokenKey(keyText('k1'), 'T'), previous: [] });

    const sealed = sut.seal('act.secret-access-token', 'creator-1');

    expect(sealed.keyId).toBe('k1');
    expect(sealed.sealed.toString('utf8')).not.toContain('secret-access-token');
    expect(sut.open(sealed, 'creator-1')).toBe('act.secret-access-token');
  });

  it('refuses a token moved to another creator', () => {
    const sut = new TokenCipher({ current: parseTokenKey(keyText('k1'), 'T'), previous: [] });

    const sealed = sut.seal('token', 'creator-1');

    expect(() => sut.open(sealed, 'creator-2')).toThrow();
  });

  it('refuses tampered bytes', () => {
    const sut = new TokenCipher({ current: parseTokenKey(keyText('k1'), 'T'), previous: [] });
    const sealed = sut.seal('token', 'creator-1');
    sealed.sealed[sealed.sealed.length - 1] ^= 1;

    expect(() => sut.open(sealed, 'creator-1')).toThrow();
  });

  it('opens tokens sealed with a previous key after a rotation', () => {
    const oldKey = keyText('old');
    const before = new TokenCipher(
      tokenKeyringFrom(
        { TOKEN_ENCRYPTION_KEY: oldKey, TOKEN_ENCRYPTION_PREVIOUS_KEYS: '' },
        'production',
      ),
    );
    const sealed = before.seal('token', 'creator-1');
    const after = new TokenCipher(
      tokenKeyringFrom(
        { TOKEN_ENCRYPTION_KEY: keyText('new'), TOKEN_ENCRYPTION_PREVIOUS_KEYS: oldKey },
        'production',
      ),
    );

    expect(after.open(sealed, 'creator-1')).toBe('token');
    expect(after.seal('token', 'creator-1').keyId).toBe('new');
  });
});

describe('tokenKeyringFrom', () => {
  it('requires a key in production and names the variable', () => {
    expect(() => tokenKeyringFrom({ TOKEN_ENCRYPTION_PREVIOUS_KEYS: '' }, 'production')).toThrow(
      /TOKEN_ENCRYPTION_KEY/,
    );
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() =>
      tokenKeyringFrom(
        { TOKEN_ENCRYPTION_KEY: 'too-short', TOKEN_ENCRYPTION_PREVIOUS_KEYS: '' },
        'development',
      ),
    ).toThrow(/32 random bytes/);
  });

  it('derives a stable id for a key given without one', () => {
    const key = randomBytes(32).toString('base64');
    const first = tokenKeyringFrom(
      { TOKEN_ENCRYPTION_KEY: key, TOKEN_ENCRYPTION_PREVIOUS_KEYS: '' },
      'development',
    );
    const second = tokenKeyringFrom(
      { TOKEN_ENCRYPTION_KEY: key, TOKEN_ENCRYPTION_PREVIOUS_KEYS: '' },
      'development',
    );

    expect(first.current.id).toBe(second.current.id);
    expect(first.current.id).toMatch(/^[0-9a-f]{12}$/);
  });

  it('uses a development key outside production', () => {
    expect(tokenKeyringFrom({ TOKEN_ENCRYPTION_PREVIOUS_KEYS: '' }, 'development').current.id).toBe(
      'dev',
    );
  });

  it('refuses the development key in production, whatever id it is given', () => {
    const developmentKey = DEVELOPMENT_SECRETS.TOKEN_ENCRYPTION_KEY.split(':')[1];

    for (const key of [DEVELOPMENT_SECRETS.TOKEN_ENCRYPTION_KEY, `2026-11:${developmentKey}`]) {
      expect(() =>
        tokenKeyringFrom(
          { TOKEN_ENCRYPTION_KEY: key, TOKEN_ENCRYPTION_PREVIOUS_KEYS: '' },
          'production',
        ),
      ).toThrow(/^[\s\S]*TOKEN_ENCRYPTION_KEY: is (a|the) development/);
    }
  });

  it('still opens tokens sealed with the development key when it is listed as a previous key', () => {
    const keyring = tokenKeyringFrom(
      {
        TOKEN_ENCRYPTION_KEY: keyText('new'),
        TOKEN_ENCRYPTION_PREVIOUS_KEYS: DEVELOPMENT_SECRETS.TOKEN_ENCRYPTION_KEY,
      },
      'production',
    );

    expect(keyring.previous.map((key) => key.id)).toEqual(['dev']);
  });
});
