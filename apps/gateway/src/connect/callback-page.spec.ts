import {
  AppError,
  CONNECT_FAILURE_REASONS,
  type ConnectFailureReason,
  type ConnectOutcome,
  type ConnectPopupMessage,
  type Platform,
  PLATFORM_NAMES,
  PLATFORMS,
} from '@tally/contracts';
import {
  answerError,
  answerOutcome,
  CallbackAnswer,
  redirectLocation,
  scriptJson,
} from './callback-page.js';

const NONCE = 'bm9uY2Utb2YtdGhlLXRlc3Q=';
const CREATOR_ID = '6f1c2a8e-4b7d-4c1a-9e3f-2d5b8a7c6e10';
const SHOP = 'https://shop.example';

function connected(overrides: Partial<Extract<ConnectOutcome, { status: 'connected' }>> = {}) {
  return {
    status: 'connected' as const,
    creatorId: CREATOR_ID,
    username: 'dancer',
    displayName: 'The Dancer',
    redirectUrl: null,
    openerOrigin: null,
    ...overrides,
  };
}

function failed(
  reason: ConnectFailureReason,
  overrides: Partial<Extract<ConnectOutcome, { status: 'failed' }>> = {},
) {
  return {
    status: 'failed' as const,
    reason,
    message: 'This connection link expired. Start connecting again.',
    redirectUrl: null,
    openerOrigin: null,
    ...overrides,
  };
}

/** Any platform's name but this one's. */
function otherPlatformNames(platform: Platform): RegExp {
  const others = PLATFORMS.filter((other) => other !== platform).map(
    (other) => PLATFORM_NAMES[other],
  );
  return new RegExp(others.join('|'));
}

function asPage(answer: CallbackAnswer): Extract<CallbackAnswer, { kind: 'page' }> {
  if (answer.kind !== 'page') throw new Error(`expected a page, got a ${answer.kind}`);
  return answer;
}

function asRedirect(answer: CallbackAnswer): URL {
  if (answer.kind !== 'redirect') throw new Error(`expected a redirect, got a ${answer.kind}`);
  return new URL(answer.location);
}

/** What the page's script would post to window.opener. */
function openerMessage(html: string): ConnectPopupMessage {
  const match = /var message = (.*);\n/.exec(html);
  if (!match) throw new Error('the page posts no message');
  return JSON.parse(match[1]) as ConnectPopupMessage;
}

interface FakeWindow {
  origin: string;
  closed: boolean;
  location: { readonly origin: string };
  posted: { message: unknown; targetOrigin: string }[];
  postMessage(message: unknown, targetOrigin: string): void;
}

function fakeWindow(origin: string, viewer: () => string): FakeWindow {
  return {
    origin,
    closed: false,
    posted: [],
    location: {
      get origin() {
        // A browser refuses to read another origin's location.
        if (viewer() !== origin) throw new DOMException('Blocked a frame', 'SecurityError');
        return origin;
      },
    },
    postMessage(message, targetOrigin) {
      this.posted.push({ message, targetOrigin });
    },
  };
}

/**
 * Runs the page's script in a popup served from `pageOrigin`, opened by a
 * window of `openerOrigin`; answers where the messages went and whether the
 * popup closed.
 */
function runPopupScript(html: string, pageOrigin: string, openerOrigin: string) {
  const script = /<script nonce="[^"]*">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!script) throw new Error('the page has no script');
  const opener = fakeWindow(openerOrigin, () => pageOrigin);
  let closed = false;
  const popup = {
    opener,
    location: { origin: pageOrigin },
    close: () => {
      closed = true;
    },
  };
  new Function('window', script)(popup);
  return { posted: opener.posted, closed };
}

describe('the connect callback answer', () => {
  describe('redirectLocation', () => {
    it('adds the creator and status to the redirect URL, keeping its query and fragment', () => {
      const location = redirectLocation(
        'https://shop.example/connected?tab=creators&lang=fr#top',
        connected(),
      );

      const url = new URL(location!);
      expect(url.origin + url.pathname).toBe('https://shop.example/connected');
      expect([...url.searchParams]).toEqual([
        ['tab', 'creators'],
        ['lang', 'fr'],
        ['creatorId', CREATOR_ID],
        ['status', 'connected'],
      ]);
      expect(url.hash).toBe('#top');
    });

    it('adds the status, reason and message of a failure, encoded', () => {
      const location = redirectLocation(
        'https://shop.example/back?x=1',
        failed('access_denied', { message: 'Declined & gone? <yes>' }),
      );

      const url = new URL(location!);
      expect(url.searchParams.get('x')).toBe('1');
      expect(url.searchParams.get('status')).toBe('error');
      expect(url.searchParams.get('error')).toBe('access_denied');
      expect(url.searchParams.get('message')).toBe('Declined & gone? <yes>');
      expect(location).not.toContain('<');
    });

    it('replaces parameters of the same name instead of sending them twice', () => {
      const location = redirectLocation('https://shop.example/?status=pending', connected());

      expect(new URL(location!).searchParams.getAll('status')).toEqual(['connected']);
    });

    it('refuses what is not an http(s) URL', () => {
      expect(redirectLocation('javascript:alert(1)', connected())).toBeNull();
      expect(redirectLocation('not a url', connected())).toBeNull();
    });
  });

  describe('answerOutcome', () => {
    it('redirects to the redirect URL when there is one, without cache or referrer', () => {
      const answer = answerOutcome(
        connected({ redirectUrl: 'https://shop.example/done?from=tally' }),
        'TIKTOK',
        NONCE,
      );

      const url = asRedirect(answer);
      expect(url.searchParams.get('from')).toBe('tally');
      expect(url.searchParams.get('creatorId')).toBe(CREATOR_ID);
      expect(answer.headers).toMatchObject({
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
      });
    });

    it('redirects failures too, when the state named a redirect URL', () => {
      const answer = answerOutcome(
        failed('exchange_failed', { redirectUrl: 'https://shop.example/done' }),
        'TIKTOK',
        NONCE,
      );

      expect(asRedirect(answer).searchParams.get('error')).toBe('exchange_failed');
    });

    it('shows a page saying the account is connected, with status 200', () => {
      const page = asPage(answerOutcome(connected(), 'TIKTOK', NONCE));

      expect(page.status).toBe(200);
      expect(page.html).toContain('The TikTok account The Dancer is now connected.');
    });

    it.each<[Platform, string]>([
      ['TIKTOK', 'TikTok'],
      ['INSTAGRAM', 'Instagram'],
      ['YOUTUBE', 'YouTube'],
    ])('names %s, the platform the creator came back from', (platform, name) => {
      const page = asPage(answerOutcome(connected({ displayName: null }), platform, NONCE));

      expect(page.html).toContain(`<h1>${name} account connected</h1>`);
      expect(page.html).toContain(`The ${name} account @dancer is now connected.`);
      expect(
        asPage(answerOutcome(connected({ username: null, displayName: null }), platform, NONCE))
          .html,
      ).toContain(`Your ${name} account is now connected.`);
    });

    it.each<[ConnectFailureReason, Platform, string]>([
      ['access_denied', 'INSTAGRAM', 'Instagram account not connected'],
      ['exchange_failed', 'YOUTUBE', 'YouTube account not connected'],
      ['profile_failed', 'INSTAGRAM', 'Instagram account not connected'],
      ['upstream_unavailable', 'YOUTUBE', 'YouTube is not available'],
      ['upstream_unavailable', 'TIKTOK', 'TikTok is not available'],
      ['state_used', 'YOUTUBE', 'This link was already used'],
    ])('titles %s on %s "%s"', (reason, platform, title) => {
      const page = asPage(answerOutcome(failed(reason), platform, NONCE));

      expect(page.html).toContain(`<title>${title}</title>`);
      expect(page.html).not.toMatch(otherPlatformNames(platform));
    });

    it.each(
      PLATFORMS.flatMap((platform) =>
        CONNECT_FAILURE_REASONS.map((reason) => [platform, reason] as const),
      ),
    )('answers %s %s with the same status on every platform', (platform, reason) => {
      expect(asPage(answerOutcome(failed(reason), platform, NONCE)).status).toBe(
        asPage(answerOutcome(failed(reason), 'TIKTOK', NONCE)).status,
      );
    });

    it.each<[ConnectFailureReason, number]>([
      ['invalid_request', 400],
      ['unknown_state', 400],
      ['state_used', 400],
      ['state_expired', 400],
      ['access_denied', 400],
      ['exchange_failed', 502],
      ['profile_failed', 502],
      ['upstream_unavailable', 502],
    ])('answers %s with status %i', (reason, status) => {
      expect(asPage(answerOutcome(failed(reason), 'TIKTOK', NONCE)).status).toBe(status);
    });

    it("shows the service's message on a failure page", () => {
      const page = asPage(answerOutcome(failed('state_expired'), 'TIKTOK', NONCE));

      expect(page.html).toContain('<h1>This link has expired</h1>');
      expect(page.html).toContain('This connection link expired. Start connecting again.');
    });

    it('shows a page instead of following a redirect URL that is not http(s)', () => {
      const page = asPage(
        answerOutcome(connected({ redirectUrl: 'data:text/html,hi' }), 'TIKTOK', NONCE),
      );

      expect(page.status).toBe(200);
    });

    it('escapes every value it puts in the page', () => {
      const page = asPage(
        answerOutcome(connected({ displayName: '<img src=x onerror=alert(1)>' }), 'TIKTOK', NONCE),
      );

      expect(page.html).not.toContain('<img');
      expect(page.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    });

    it('keeps the opener message inside its script, whatever the message holds', () => {
      const message = '</script><script>alert(1)</script>\u2028';
      const page = asPage(answerOutcome(failed('access_denied', { message }), 'TIKTOK', NONCE));

      expect(page.html.match(/<\/script>/g)).toHaveLength(1);
      expect(openerMessage(page.html)).toMatchObject({ message });
    });

    it('tells the opener the creator it connected', () => {
      const page = asPage(answerOutcome(connected(), 'TIKTOK', NONCE));

      expect(openerMessage(page.html)).toEqual({
        type: 'tally:connect',
        status: 'connected',
        creatorId: CREATOR_ID,
      });
      expect(page.html).toContain('window.opener.postMessage(message, target)');
      expect(page.html).not.toContain("'*'");
      expect(page.html).toContain('window.close()');
    });

    describe("the opener's origin", () => {
      const GATEWAY = 'https://api.tally.example';

      it('posts only to the origin recorded when the flow started', () => {
        const page = asPage(answerOutcome(connected({ openerOrigin: SHOP }), 'TIKTOK', NONCE));

        const run = runPopupScript(page.html, GATEWAY, SHOP);

        expect(run.posted).toEqual([
          {
            message: { type: 'tally:connect', status: 'connected', creatorId: CREATOR_ID },
            targetOrigin: SHOP,
          },
        ]);
        expect(run.closed).toBe(true);
      });

      it('names the recorded origin as the target even when another window opened the popup', () => {
        const page = asPage(
          answerOutcome(failed('access_denied', { openerOrigin: SHOP }), 'TIKTOK', NONCE),
        );

        const run = runPopupScript(page.html, GATEWAY, 'https://evil.example');

        // The browser delivers nothing to an opener of another origin than the target.
        expect(run.posted.map((post) => post.targetOrigin)).toEqual([SHOP]);
      });

      it("tells an opener of the page's own origin (the dashboard) when none was recorded", () => {
        const page = asPage(answerOutcome(connected(), 'TIKTOK', NONCE));

        const run = runPopupScript(page.html, GATEWAY, GATEWAY);

        expect(run.posted.map((post) => post.targetOrigin)).toEqual([GATEWAY]);
        expect(run.closed).toBe(true);
      });

      it('tells a cross-origin opener nothing when no origin was recorded, and stays open', () => {
        const page = asPage(answerOutcome(connected(), 'TIKTOK', NONCE));

        const run = runPopupScript(page.html, GATEWAY, 'https://evil.example');

        expect(run.posted).toEqual([]);
        expect(run.closed).toBe(false);
      });

      it('tells only a same-origin opener about an error without an outcome', () => {
        const page = asPage(
          answerError(new AppError('service_unavailable', 'Down.'), 'TIKTOK', NONCE),
        );

        expect(runPopupScript(page.html, GATEWAY, SHOP).posted).toEqual([]);
        expect(runPopupScript(page.html, GATEWAY, GATEWAY).posted).toHaveLength(1);
      });

      it('keeps a hostile recorded origin inside its script', () => {
        const page = asPage(
          answerOutcome(
            connected({ openerOrigin: "https://x.example';</script>" }),
            'TIKTOK',
            NONCE,
          ),
        );

        expect(page.html.match(/<\/script>/g)).toHaveLength(1);
      });
    });

    it('tells the opener why it failed', () => {
      const page = asPage(
        answerOutcome(failed('state_used', { message: 'Used.' }), 'TIKTOK', NONCE),
      );

      expect(openerMessage(page.html)).toEqual({
        type: 'tally:connect',
        status: 'error',
        reason: 'state_used',
        message: 'Used.',
      });
    });

    it('lets only its own script and style run, and keeps the opener across origins', () => {
      const page = asPage(answerOutcome(connected(), 'TIKTOK', NONCE));

      expect(page.html).toContain(`<script nonce="${NONCE}">`);
      expect(page.html).toContain(`<style nonce="${NONCE}">`);
      expect(page.headers['content-security-policy']).toBe(
        `default-src 'none'; script-src 'nonce-${NONCE}'; style-src 'nonce-${NONCE}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      );
      expect(page.headers).toMatchObject({
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'unsafe-none',
      });
    });
  });

  describe('answerError', () => {
    it('shows a 503 page when the creators service is not available', () => {
      const page = asPage(
        answerError(
          new AppError('service_unavailable', 'The creators service is not available.'),
          'TIKTOK',
          NONCE,
        ),
      );

      expect(page.status).toBe(503);
      expect(page.html).toContain('Tally is not available right now');
      expect(openerMessage(page.html)).toMatchObject({
        status: 'error',
        reason: 'service_unavailable',
      });
    });

    it('shows a 504 page that says the connection may still complete', () => {
      const page = asPage(
        answerError(new AppError('upstream_timeout', 'Too slow.'), 'TIKTOK', NONCE),
      );

      expect(page.status).toBe(504);
      expect(page.html).toContain('It may still complete');
    });

    it("names the platform when the service refused the callback's request", () => {
      const page = asPage(
        answerError(
          new AppError('validation_failed', 'The state is not readable.'),
          'YOUTUBE',
          NONCE,
        ),
      );

      expect(page.status).toBe(400);
      expect(page.html).toContain('<h1>YouTube account not connected</h1>');
      expect(page.html).toContain('The state is not readable.');
    });

    it('hides what an unexpected error says', () => {
      const page = asPage(answerError(new Error('password=hunter2'), 'TIKTOK', NONCE));

      expect(page.status).toBe(500);
      expect(page.html).not.toContain('hunter2');
      expect(openerMessage(page.html)).toMatchObject({ reason: 'internal_error' });
    });
  });

  describe('escaping', () => {
    it('writes JSON that reads back the same but holds no markup', () => {
      const value = { text: '</script><!-- & \u2028\u2029' };

      const json = scriptJson(value);

      expect(json).not.toMatch(/[<>&\u2028\u2029]/);
      expect(JSON.parse(json)).toEqual(value);
    });
  });
});
