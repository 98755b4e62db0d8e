import { AppError } from '@tally/contracts';
import { loadConfig } from '@tally/nest-kit';
import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import type { LinkMessage } from './link-mailer.js';
import { mailEnvSchema } from './mail.config.js';
import { SmtpLinkMailer } from './smtp-link-mailer.js';

const FROM = 'Tally <no-reply@tally.test>';
const USER = 'tally-mailer';
const PASSWORD = 'a-mail-password-for-the-test-server';

interface ReceivedMail {
  envelopeFrom: string | undefined;
  envelopeTo: string[];
  user: string | undefined;
  headers: Record<string, string>;
  body: string;
}

interface TestSmtpServer {
  port: number;
  received: ReceivedMail[];
  close(): Promise<void>;
}

/** Headers by lower-case name, and the body with its quoted-printable undone. */
function parseMail(raw: string): Pick<ReceivedMail, 'headers' | 'body'> {
  const split = raw.indexOf('\r\n\r\n');
  const headers: Record<string, string> = {};
  for (const line of raw
    .slice(0, split)
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = raw.slice(split + 4);
  if (headers['content-transfer-encoding'] === 'quoted-printable') {
    body = Buffer.from(
      body
        .replace(/=\r\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  }
  return { headers, body };
}

/** A real SMTP server on a free loopback port, keeping what it accepts. */
async function startSmtpServer(options: SMTPServerOptions = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    // No certificate here: plain SMTP, as a relay on the same host would speak.
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    ...options,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address),
          user: session.user as string | undefined,
          ...parseMail(Buffer.concat(chunks).toString('utf8')),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return { port, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function mailerFor(port: number, vars: Record<string, string> = {}): SmtpLinkMailer {
  const config = loadConfig(mailEnvSchema, { MAIL_PORT: String(port), MAIL_FROM: FROM, ...vars });
  return new SmtpLinkMailer({ ...config, MAIL_HOST: '127.0.0.1' });
}

function invitation(overrides: Partial<LinkMessage> = {}): LinkMessage {
  const link = `https://tally.test/invitations/accept?token=${randomBytes(32).toString('base64url')}`;
  return {
    kind: 'invitation',
    to: 'new.member@tally.test',
    subject: 'You are invited to Tally',
    text: `You are invited to join Tally. Accept within 7 days:\n\n${link}\n`,
    link,
    ...overrides,
  };
}

/** Everything the mailer logged, as one string to search. */
function logged(...spies: jest.SpyInstance[]): string {
  return JSON.stringify(spies.flatMap((spy) => spy.mock.calls));
}

describe('SmtpLinkMailer', () => {
  let errors: jest.SpyInstance;
  let logs: jest.SpyInstance;

  beforeAll(() => Logger.overrideLogger(false));

  beforeEach(() => {
    errors = jest.spyOn(Logger.prototype, 'error');
    logs = jest.spyOn(Logger.prototype, 'log');
  });

  afterEach(() => jest.restoreAllMocks());

  describe('send', () => {
    it('delivers the text with its link, from MAIL_FROM to the recipient, under the subject', async () => {
      const server = await startSmtpServer();
      const sut = mailerFor(server.port);
      const message = invitation();

      const result = await sut.send(message);
      sut.close();
      await server.close();

      expect(sut.sendsEmail).toBe(true);
      expect(result).toEqual({ emailed: true });
      expect(server.received).toHaveLength(1);
      const [mail] = server.received;
      expect(mail).toMatchObject({
        envelopeFrom: 'no-reply@tally.test',
        envelopeTo: ['new.member@tally.test'],
        headers: { from: FROM, to: 'new.member@tally.test', subject: 'You are invited to Tally' },
      });
      expect(mail?.headers['content-type']).toMatch(/^text\/plain/);
      expect(mail?.body).toContain(message.link);
    });

    it('signs in with MAIL_USER and MAIL_PASSWORD where the server requires it', async () => {
      const server = await startSmtpServer({
        authOptional: false,
        allowInsecureAuth: true,
        onAuth(auth, _session, callback) {
          if (auth.username === USER && auth.password === PASSWORD) {
            callback(null, { user: auth.username });
          } else {
            callback(new Error('Invalid username or password'));
          }
        },
      });
      const sut = mailerFor(server.port, { MAIL_USER: USER, MAIL_PASSWORD: PASSWORD });

      await sut.send(invitation());
      sut.close();
      await server.close();

      expect(server.received.map((mail) => mail.user)).toEqual([USER]);
    });

    it('refuses with service_unavailable when the server refuses the password, logging neither it nor the link', async () => {
      const server = await startSmtpServer({
        authOptional: false,
        allowInsecureAuth: true,
        onAuth: (_auth, _session, callback) => callback(new Error('Invalid username or password')),
      });
      const sut = mailerFor(server.port, { MAIL_USER: USER, MAIL_PASSWORD: PASSWORD });
      const message = invitation();

      const sending = sut.send(message);

      await expect(sending).rejects.toBeInstanceOf(AppError);
      await expect(sending).rejects.toMatchObject({ code: 'service_unavailable' });
      sut.close();
      await server.close();
      expect(server.received).toEqual([]);
      expect(errors).toHaveBeenCalledTimes(1);
      expect(logged(errors, logs)).not.toContain(PASSWORD);
      expect(logged(errors, logs)).not.toContain(message.link);
    });

    it('refuses with service_unavailable when the server refuses the recipient, logging why but not the link', async () => {
      const server = await startSmtpServer({
        onRcptTo(_address, _session, callback) {
          callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
        },
      });
      const sut = mailerFor(server.port);
      const message = invitation();

      const sending = sut.send(message);

      await expect(sending).rejects.toMatchObject({
        code: 'service_unavailable',
        message: 'The email could not be sent; try again later.',
      });
      sut.close();
      await server.close();
      expect(server.received).toEqual([]);
      expect(errors).toHaveBeenCalledWith(
        expect.objectContaining({
          msg: 'a link could not be emailed',
          kind: 'invitation',
          responseCode: 550,
        }),
      );
      expect(logged(errors, logs)).not.toContain(message.link);
    });

    it('refuses with service_unavailable when no server answers', async () => {
      const server = await startSmtpServer();
      await server.close();
      const sut = mailerFor(server.port);

      await expect(sut.send(invitation())).rejects.toMatchObject({ code: 'service_unavailable' });
      sut.close();
    });
  });
});
