import { Test } from '@nestjs/testing';
import { LinkMailer } from './link-mailer.js';
import { LogLinkMailer } from './log-link-mailer.js';
import { mailEnvSchema } from './mail.config.js';
import { linkMailerProviders } from './mail.providers.js';
import { SmtpLinkMailer } from './smtp-link-mailer.js';

async function mailerWith(vars: Record<string, string>) {
  const config = { ...mailEnvSchema.parse(vars), NODE_ENV: 'test' as const };
  const module = await Test.createTestingModule({
    providers: linkMailerProviders(config),
  }).compile();
  return { module, mailer: module.get(LinkMailer) };
}

describe('linkMailerProviders', () => {
  it('logs links when MAIL_HOST is unset', async () => {
    const { module, mailer } = await mailerWith({});

    expect(mailer).toBeInstanceOf(LogLinkMailer);
    await module.close();
  });

  it('emails links over SMTP when MAIL_HOST is set, closing the transport with the application', async () => {
    const { module, mailer } = await mailerWith({ MAIL_HOST: '127.0.0.1' });
    expect(mailer).toBeInstanceOf(SmtpLinkMailer);
    const close = jest.spyOn(mailer as SmtpLinkMailer, 'close');

    await module.close();

    expect(close).toHaveBeenCalledTimes(1);
  });
});
