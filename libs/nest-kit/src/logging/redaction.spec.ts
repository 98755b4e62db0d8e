import { REDACTED, redactValue, scrubSecrets } from './redaction.js';

describe('scrubSecrets', () => {
  it('removes OAuth client secrets from free text', () => {
    expect(scrubSecrets('client tly_cs_9sKd03kdLq0aZ refused')).toBe(`client ${REDACTED} refused`);
  });

  it('removes the session and CSRF cookies from a cookie header written out', () => {
    expect(scrubSecrets('cookie: theme=dark; tally_session=Zm9vYmFy-_x; tally_csrf=abc123')).toBe(
      `cookie: theme=dark; tally_session=${REDACTED}; tally_csrf=${REDACTED}`,
    );
  });

  it('removes the __Host- session and CSRF cookies that Secure cookies use', () => {
    expect(
      scrubSecrets('set-cookie: __Host-tally_session=Zm9v; Path=/, __Host-tally_csrf=abc; Secure'),
    ).toBe(
      `set-cookie: __Host-tally_session=${REDACTED}; Path=/, __Host-tally_csrf=${REDACTED}; Secure`,
    );
  });

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

  it('removes the password of a Redis URL without a user name', () => {
    expect(scrubSecrets('redis at redis://:hunter2@redis:6379 is away')).toBe(
      `redis at redis://:${REDACTED}@redis:6379 is away`,
    );
  });

  it('removes the password of every NATS server, plain or TLS', () => {
    expect(
      scrubSecrets('servers nats://gateway:hunter2@n1:4222,tls://gateway:hunter2@n2:4222'),
    ).toBe(`servers nats://gateway:${REDACTED}@n1:4222,tls://gateway:${REDACTED}@n2:4222`);
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

  it("replaces the password of nats.js' connection options", () => {
    expect(
      redactValue({ user: 'gateway', pass: 'hunter2', servers: ['nats://nats:4222'] }),
    ).toEqual({
      user: 'gateway',
      pass: REDACTED,
      servers: ['nats://nats:4222'],
    });
  });

  it('scrubs secrets in error messages', () => {
    const redacted = redactValue(new Error('bad key tly_pk_zzz')) as { message: string };
    expect(redacted.message).toBe(`bad key ${REDACTED}`);
  });
});

describe('redactValue: session and CSRF tokens', () => {
  it.each(['sessionToken', 'csrfToken', 'x-csrf-token', 'set-cookie', 'session_token'])(
    'redacts a field named %s',
    (field) => {
      expect(redactValue({ [field]: 'Zm9vYmFyYmF6', kept: 'visible' })).toEqual({
        [field]: REDACTED,
        kept: 'visible',
      });
    },
  );
});
