import { hourStartOf, parseUsageField, usageField, usageKey } from './usage.keys.js';

describe('usage keys', () => {
  describe('hourStartOf', () => {
    it('gives the start of the hour in epoch seconds', () => {
      const at = Date.parse('2026-03-01T10:59:59.999Z');

      expect(hourStartOf(at)).toBe(Date.parse('2026-03-01T10:00:00Z') / 1000);
    });

    it('puts the first millisecond of an hour in that hour', () => {
      const at = Date.parse('2026-03-01T11:00:00.000Z');

      expect(hourStartOf(at)).toBe(at / 1000);
    });
  });

  it('names one hash per account and hour', () => {
    expect(usageKey('acc-1', 1_772_359_200)).toBe('usage:acc-1:1772359200');
  });

  describe('usageField', () => {
    it('reads back what it wrote', () => {
      const field = usageField('oauth_client', 'client-9', 'development', 'refused');

      expect(field).toBe('oauth_client|client-9|development|refused');
      expect(parseUsageField(field)).toEqual({
        credentialType: 'oauth_client',
        credentialId: 'client-9',
        environment: 'development',
        outcome: 'refused',
      });
    });

    it('keeps a separator inside the id in the id', () => {
      const field = usageField('session', 'a|b', 'production', 'failed');

      expect(parseUsageField(field)).toMatchObject({ credentialId: 'a|b', outcome: 'failed' });
    });

    it.each([
      ['too few parts', 'secret_key|k|production'],
      ['an unknown credential type', 'robot|k|production|succeeded'],
      ['an unknown environment', 'secret_key|k|staging|succeeded'],
      ['an unknown outcome', 'secret_key|k|production|maybe'],
      ['an empty id', 'secret_key||production|succeeded'],
      ['no separator at all', 'whatever'],
    ])('refuses a field with %s', (_case, field) => {
      expect(parseUsageField(field)).toBeUndefined();
    });
  });
});
