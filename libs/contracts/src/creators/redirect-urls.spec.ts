import { CreatorsConnectStart } from './creator-declarations.js';
import { ReplaceRedirectUrlsInputSchema } from './redirect-url-messages.js';
import { isAllowedRedirectUrl, isFromAllowedOrigin, originOf } from './redirect-url-rules.js';

describe('allowed redirect URLs', () => {
  describe('ReplaceRedirectUrlsInputSchema', () => {
    const parse = (urls: unknown[]) => ReplaceRedirectUrlsInputSchema.safeParse({ urls });

    it('keeps origin and path, drops trailing slashes, lowercases the host and keeps each once', () => {
      const parsed = parse([
        'https://Shop.Example/creators/',
        'https://shop.example/creators',
        'https://shop.example/',
        'https://shop.example:443/x//',
      ]);

      expect(parsed.success && parsed.data.urls).toEqual([
        'https://shop.example/creators',
        'https://shop.example',
        'https://shop.example/x',
      ]);
    });

    it('accepts http for localhost and 127.0.0.1 only', () => {
      expect(parse(['http://localhost:5173/done', 'http://127.0.0.1:8080']).success).toBe(true);
      expect(parse(['http://shop.example/done']).success).toBe(false);
    });

    it.each([
      'shop.example/done',
      '/done',
      '//shop.example/done',
      'https://shop.example/done?tab=1',
      'https://shop.example/done#top',
      'https://shop.example/?',
      'https://user:pass@shop.example/',
      'https://shop.example/a b',
      'javascript:alert(1)',
      'ftp://shop.example/',
      `https://shop.example/${'a'.repeat(2048)}`,
    ])('refuses %s', (url) => {
      expect(parse([url]).success).toBe(false);
    });

    it('accepts an empty list and at most 20', () => {
      const many = (n: number) => Array.from({ length: n }, (_, i) => `https://shop.example/${i}`);

      expect(parse([]).success).toBe(true);
      expect(parse(many(20)).success).toBe(true);
      expect(parse(many(21)).success).toBe(false);
    });

    it('refuses fields it does not know', () => {
      expect(ReplaceRedirectUrlsInputSchema.safeParse({ urls: [], extra: 1 }).success).toBe(false);
    });
  });

  describe('isAllowedRedirectUrl', () => {
    const allowed = ['https://shop.example/creators', 'http://localhost:5173'];

    it.each([
      'https://shop.example/creators',
      'https://shop.example/creators/',
      'https://shop.example/creators/connected?tab=tiktok#top',
      'https://SHOP.example:443/creators/done',
      'http://localhost:5173/anything',
    ])('allows %s', (url) => {
      expect(isAllowedRedirectUrl(url, allowed)).toBe(true);
    });

    it.each([
      'https://shop.example/creatorship',
      'https://shop.example/',
      'https://shop.example/other/creators',
      'https://shop.example/creators/../admin',
      'https://shop.example/creators%2F..%2Fadmin',
      'http://shop.example/creators',
      'https://shop.example:8443/creators',
      'https://evil.example/creators',
      'https://shop.example.evil.example/creators',
      'https://evil.example/?next=https://shop.example/creators',
      'http://localhost:5174/',
      'not a url',
    ])('refuses %s', (url) => {
      expect(isAllowedRedirectUrl(url, allowed)).toBe(false);
    });

    it('refuses everything when nothing is allowed', () => {
      expect(isAllowedRedirectUrl('https://shop.example/creators', [])).toBe(false);
    });

    it('allows a whole origin when the entry has no path', () => {
      expect(isAllowedRedirectUrl('https://app.example/x/y', ['https://app.example'])).toBe(true);
    });
  });

  describe('isFromAllowedOrigin', () => {
    it('compares the redirect URL’s origin with the allowed origins', () => {
      const origins = ['https://app.example.com'];

      expect(isFromAllowedOrigin('https://app.example.com/done?x=1', origins)).toBe(true);
      expect(isFromAllowedOrigin('https://app.example.com:8443/done', origins)).toBe(false);
      expect(isFromAllowedOrigin('http://app.example.com/done', origins)).toBe(false);
      expect(isFromAllowedOrigin('https://other.example.com/done', origins)).toBe(false);
    });
  });

  describe('originOf', () => {
    it('reads an origin and nothing else', () => {
      expect(originOf('https://shop.example')).toBe('https://shop.example');
      expect(originOf('http://localhost:5173')).toBe('http://localhost:5173');
      expect(originOf('null')).toBeNull();
      expect(originOf('https://shop.example/path')).toBeNull();
      expect(originOf('chrome-extension://abc')).toBeNull();
      expect(originOf(undefined)).toBeNull();
    });
  });

  describe('CreatorsConnectStart', () => {
    const principal = {
      accountId: 'a',
      credentialType: 'secret_key',
      credentialId: 'k',
      environment: 'production',
      permissions: [],
      expiresAt: null,
    };

    it('takes no opener origin as null', () => {
      const parsed = CreatorsConnectStart.request.parse({ principal });

      expect(parsed.openerOrigin).toBeNull();
    });

    it('refuses an opener origin that is not an origin', () => {
      const parse = (openerOrigin: string) =>
        CreatorsConnectStart.request.safeParse({ principal, openerOrigin }).success;

      expect(parse('https://shop.example')).toBe(true);
      expect(parse('https://shop.example/')).toBe(false);
      expect(parse("https://x.example';alert(1)")).toBe(false);
    });
  });
});
