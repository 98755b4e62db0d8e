import { describe, expect, it } from 'vitest';
import { tokenCurl } from './token-curl';

describe('tokenCurl', () => {
  it('trades the client credentials for a token on the origin given', () => {
    expect(tokenCurl('https://api.tally.test', 'tly_ci_abc', 'tly_cs_secret')).toBe(
      [
        'curl -X POST https://api.tally.test/oauth/token \\',
        "  -u 'tly_ci_abc:tly_cs_secret' \\",
        '  -d grant_type=client_credentials',
      ].join('\n'),
    );
  });

  it('leaves a placeholder when the secret is no longer shown', () => {
    expect(tokenCurl('http://localhost:3000', 'tly_ci_abc')).toBe(
      [
        'curl -X POST http://localhost:3000/oauth/token \\',
        "  -u 'tly_ci_abc:<client secret>' \\",
        '  -d grant_type=client_credentials',
      ].join('\n'),
    );
  });
});
