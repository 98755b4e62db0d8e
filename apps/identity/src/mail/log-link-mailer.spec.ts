import { Logger } from '@nestjs/common';
import type { LinkMessage } from './link-mailer.js';
import { LogLinkMailer } from './log-link-mailer.js';

const passwordReset: LinkMessage = {
  kind: 'password_reset',
  to: 'forgetful@tally.test',
  subject: 'Reset your Tally password',
  text: 'Choose a new password: https://tally.test/password-reset?token=a-reset-token',
  link: 'https://tally.test/password-reset?token=a-reset-token',
};

describe('LogLinkMailer', () => {
  let logs: jest.SpyInstance;
  let warnings: jest.SpyInstance;

  beforeEach(() => {
    logs = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });

  afterEach(() => jest.restoreAllMocks());

  it('emails nothing', async () => {
    const sut = new LogLinkMailer('development');

    expect(sut.sendsEmail).toBe(false);
    await expect(sut.send(passwordReset)).resolves.toEqual({ emailed: false });
  });

  it.each(['development', 'test'] as const)(
    'logs the link for the developer in %s',
    async (nodeEnv) => {
      await new LogLinkMailer(nodeEnv).send(passwordReset);

      expect(logs).toHaveBeenCalledWith(
        'password_reset link for forgetful@tally.test: https://tally.test/password-reset?token=a-reset-token',
      );
      expect(warnings).not.toHaveBeenCalled();
    },
  );

  it('warns in production that the link was not emailed, without the link', async () => {
    await new LogLinkMailer('production').send(passwordReset);

    expect(warnings).toHaveBeenCalledTimes(1);
    expect(warnings.mock.calls[0]?.[0]).toMatch(/MAIL_HOST is unset.*not emailed/);
    expect(JSON.stringify([...warnings.mock.calls, ...logs.mock.calls])).not.toContain(
      'a-reset-token',
    );
  });
});
