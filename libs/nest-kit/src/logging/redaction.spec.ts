import { REDACTED, redactValue, scrubSecrets } from './redaction.js';

describe('scrubSecrets', () => {
  it('removes Tally keys from free text', () => {
    expect(scrubSecrets('verifying tly_sk_3kd9FJ20sldkfj2093kdf0a for you')).toBe(
      `verifying ${REDACTED} for you`,
    );
  });

  it('keeps the scheme of an Authorization value but not the credential', () => {
    expect(scrubSecrets('Authorization: Bearer abc.def.ghi')).toBe(
      `Authorization: Bearer ${REDACTED}`,
    );
  });

  it('removes the password from connection URLs', () => {
    expect(scrubSecrets('connecting to postgres://tally:hunter2@db:5432/tally')).toBe(
      `connecting to postgres://tally:${REDACTED}@db:5432/tally`,
    );
  });

  it('removes TikTok tokens', () => {
    expect(scrubSecrets('token act.1a2b3c4d.e5 refreshed')).toBe(`token ${REDACTED} refreshed`);
  });
});

describe('redactValue', () => {
  it('replaces secret fields at any depth and leaves the rest', () => {
    const redacted = redactValue({
      user: { email: 'a@b.c', password: 'p4ss' },
      headers: { authorization: 'Bearer x', 'x-api-key': 'tly_sk_abc', accept: 'json' },
      tokens: [{ accessToken: 'a', expiresIn: 3600 }],
    });

    expect(redacted).toEqual({
      user: { email: 'a@b.c', password: REDACTED },
      headers: { authorization: REDACTED, 'x-api-key': REDACTED, accept: 'json' },
      tokens: [{ accessToken: REDACTED, expiresIn: 3600 }],
    });
  });

  it('scrubs secrets in error messages', () => {
    const redacted = redactValue(new Error('bad key tly_pk_zzz')) as { message: string };
    expect(redacted.message).toBe(`bad key ${REDACTED}`);
  });
});
