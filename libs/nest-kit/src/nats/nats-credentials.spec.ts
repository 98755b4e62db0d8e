import { natsCredentialsProblem, splitNatsCredentials } from './nats-credentials.js';

describe('splitNatsCredentials', () => {
  it('takes the user and password out of the addresses, decoded', () => {
    expect(
      splitNatsCredentials([
        'nats://gateway:p%40ss@nats-1:4222',
        'nats://gateway:p%40ss@nats-2:4222',
      ]),
    ).toEqual({
      servers: ['nats://nats-1:4222', 'nats://nats-2:4222'],
      user: 'gateway',
      pass: 'p@ss',
    });
  });

  it('leaves addresses without credentials as they are', () => {
    expect(splitNatsCredentials(['nats://127.0.0.1:4222'])).toEqual({
      servers: ['nats://127.0.0.1:4222'],
    });
  });

  it('refuses addresses it could only half use', () => {
    expect(() => splitNatsCredentials(['nats://gateway:@nats:4222'])).toThrow(
      /both a user and a password/,
    );
  });
});

describe('natsCredentialsProblem', () => {
  it('refuses a user without a password', () => {
    expect(natsCredentialsProblem(['nats://gateway@nats:4222'])).toMatch(
      /both a user and a password/,
    );
  });

  it('refuses a password without a user', () => {
    expect(natsCredentialsProblem(['nats://:secret@nats:4222'])).toMatch(
      /both a user and a password/,
    );
  });

  it('refuses servers that disagree on who connects', () => {
    expect(
      natsCredentialsProblem(['nats://gateway:a@nats-1:4222', 'nats://identity:b@nats-2:4222']),
    ).toMatch(/the same user and password on every server/);
  });

  it('accepts servers that all carry the same credentials, or none', () => {
    expect(natsCredentialsProblem(['nats://a:b@n1:4222', 'nats://a:b@n2:4222'])).toBeUndefined();
    expect(natsCredentialsProblem(['nats://n1:4222'])).toBeUndefined();
  });
});
