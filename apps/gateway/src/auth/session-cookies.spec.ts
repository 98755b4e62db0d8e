import type { SessionCreated } from '@tally/contracts';
import type { FastifyReply } from 'fastify';
import { clearSessionCookies, setSessionCookies } from './session-cookies.js';

/** Just enough of a reply to keep the Set-Cookie header it is given. */
function recordingReply(): { reply: FastifyReply; cookies: () => string[] } {
  let cookies: string[] = [];
  const reply = {
    header(name: string, value: string[]) {
      if (name === 'set-cookie') cookies = value;
      return reply;
    },
  };
  return { reply: reply as unknown as FastifyReply, cookies: () => cookies };
}

const session = {
  sessionToken: 'session-token',
  csrfToken: 'csrf-token',
  expiresAt: '2030-01-01T00:00:00.000Z',
} as SessionCreated;

describe('session cookies', () => {
  it('are Secure, host-only __Host- cookies on every path when cookies are Secure', () => {
    const { reply, cookies } = recordingReply();

    setSessionCookies(reply, session, { secure: true });

    expect(cookies()).toEqual([
      expect.stringMatching(/^__Host-tally_session=session-token; Path=\/;.*HttpOnly; Secure$/),
      expect.stringMatching(/^__Host-tally_csrf=csrf-token; Path=\/;.*; Secure$/),
    ]);
    expect(cookies().join('\n')).not.toMatch(/Domain=/i);
  });

  it('keep the bare names over plain http, where browsers refuse __Host- cookies', () => {
    const { reply, cookies } = recordingReply();

    setSessionCookies(reply, session, { secure: false });

    expect(cookies().map((cookie) => cookie.split('=')[0])).toEqual([
      'tally_session',
      'tally_csrf',
    ]);
    expect(cookies().join('\n')).not.toMatch(/Secure/);
  });

  it('are cleared under the names they were set with', () => {
    const { reply, cookies } = recordingReply();

    clearSessionCookies(reply, { secure: true });

    expect(cookies().map((cookie) => cookie.split('=')[0])).toEqual([
      '__Host-tally_session',
      '__Host-tally_csrf',
    ]);
  });
});
