import { baseEnvSchema, configProblems, loadConfig } from '@tally/nest-kit';
import { checkMailCredentials, mailEnvSchema } from './mail.config.js';

// As an app declares it: its own variables extended with the mail ones, the pair rule on the whole.
const schema = baseEnvSchema.extend(mailEnvSchema.shape).superRefine(checkMailCredentials);

function load(vars: Record<string, string>) {
  return loadConfig(schema, vars);
}

function problemsOf(vars: Record<string, string>): string[] {
  return configProblems(() => load(vars));
}

describe('mailEnvSchema', () => {
  it('leaves mail off by default, with STARTTLS on port 587 once MAIL_HOST is set', () => {
    const config = load({});

    expect(config).toMatchObject({
      MAIL_PORT: 587,
      MAIL_SECURE: false,
      MAIL_FROM: 'Tally <no-reply@localhost>',
    });
    expect([config.MAIL_HOST, config.MAIL_USER, config.MAIL_PASSWORD]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('counts an empty MAIL_HOST as unset', () => {
    expect(load({ MAIL_HOST: '' }).MAIL_HOST).toBeUndefined();
  });

  it('reads an SMTP server with implicit TLS and credentials', () => {
    expect(
      load({
        MAIL_HOST: 'smtp.example.com',
        MAIL_PORT: '465',
        MAIL_SECURE: 'true',
        MAIL_USER: 'tally',
        MAIL_PASSWORD: 'a-mail-password',
        MAIL_FROM: 'no-reply@example.com',
      }),
    ).toMatchObject({
      MAIL_HOST: 'smtp.example.com',
      MAIL_PORT: 465,
      MAIL_SECURE: true,
      MAIL_USER: 'tally',
      MAIL_PASSWORD: 'a-mail-password',
      MAIL_FROM: 'no-reply@example.com',
    });
  });

  it('refuses MAIL_USER without MAIL_PASSWORD, and the reverse', () => {
    expect(problemsOf({ MAIL_USER: 'tally' })).toEqual([
      'MAIL_PASSWORD: is required with MAIL_USER',
    ]);
    expect(problemsOf({ MAIL_PASSWORD: 'a-mail-password' })).toEqual([
      'MAIL_USER: is required with MAIL_PASSWORD',
    ]);
  });

  it('refuses a URL for MAIL_HOST, a word for MAIL_SECURE and a sender without an address', () => {
    expect(
      problemsOf({
        MAIL_HOST: 'smtp://smtp.example.com:587',
        MAIL_SECURE: 'yes',
        MAIL_FROM: 'Tally',
      }),
    ).toEqual([
      expect.stringMatching(/^MAIL_HOST: must be a host name/),
      'MAIL_SECURE: must be true or false',
      expect.stringMatching(/^MAIL_FROM: must be an address/),
    ]);
  });
});
