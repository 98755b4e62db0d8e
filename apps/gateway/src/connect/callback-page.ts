import {
  AppError,
  type ConnectFailureReason,
  type ConnectOutcome,
  type ConnectPopupMessage,
  type Platform,
  PLATFORM_NAMES,
} from '@tally/contracts';
import { escapeHtml } from '@tally/nest-kit';

/** How the callback answers the creator's browser. */
export type CallbackAnswer =
  | { kind: 'redirect'; location: string; headers: Record<string, string> }
  | { kind: 'page'; status: number; html: string; headers: Record<string, string> };

interface PageView {
  status: number;
  title: string;
  paragraphs: string[];
  message: ConnectPopupMessage;
  /** The origin recorded when the flow started: the only one told besides the page's own. */
  openerOrigin: string | null;
}

// Failures the browser's request caused (a stale or reused link, a refusal on
// the platform) are 400; failures of the platform itself are 502.
const FAILURE_STATUS: Record<ConnectFailureReason, 400 | 502> = {
  invalid_request: 400,
  unknown_state: 400,
  state_used: 400,
  state_expired: 400,
  access_denied: 400,
  exchange_failed: 502,
  profile_failed: 502,
  upstream_unavailable: 502,
};

/** Each failure's title, given the platform's name. */
const FAILURE_TITLES: Record<ConnectFailureReason, (platformName: string) => string> = {
  invalid_request: () => 'This link is not valid',
  unknown_state: () => 'This link is not valid',
  state_used: () => 'This link was already used',
  state_expired: () => 'This link has expired',
  access_denied: (name) => `${name} account not connected`,
  exchange_failed: (name) => `${name} account not connected`,
  profile_failed: (name) => `${name} account not connected`,
  upstream_unavailable: (name) => `${name} is not available`,
};

const START_AGAIN = 'Start connecting again from the app that sent you here.';
const TRY_LATER = 'Please try again in a few minutes from the app that sent you here.';

export function failureStatus(reason: ConnectFailureReason): 400 | 502 {
  return FAILURE_STATUS[reason];
}

/** JSON that cannot end the script element it sits in nor break the script's lines. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The customer's redirect URL with the outcome added to its query (what it
 * already holds is kept); null when it is not an http(s) URL.
 */
export function redirectLocation(redirectUrl: string, outcome: ConnectOutcome): string | null {
  let url: URL;
  try {
    url = new URL(redirectUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (outcome.status === 'connected') {
    url.searchParams.set('creatorId', outcome.creatorId);
    url.searchParams.set('status', 'connected');
  } else {
    url.searchParams.set('status', 'error');
    url.searchParams.set('error', outcome.reason);
    url.searchParams.set('message', outcome.message);
  }
  return url.toString();
}

/**
 * Headers of every answer: never cached (the page is one person's outcome)
 * and no Referer, which would hand the platform's code and state to the next site.
 */
const PRIVATE_ANSWER = { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' };

/**
 * The page's own headers. Only its inline script and style run (the nonce);
 * nothing loads from anywhere. The opener policy is relaxed from the
 * gateway's `same-origin` so that a popup keeps its `window.opener` (the
 * customer's page, another origin) and can tell it the outcome.
 */
export function pageHeaders(nonce: string): Record<string, string> {
  return {
    ...PRIVATE_ANSWER,
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': [
      "default-src 'none'",
      `script-src 'nonce-${nonce}'`,
      `style-src 'nonce-${nonce}'`,
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
    'cross-origin-opener-policy': 'unsafe-none',
    'x-content-type-options': 'nosniff',
  };
}

/**
 * The page's script tells the opener the outcome, never with targetOrigin
 * `'*'`: only the origin recorded when the flow started hears it or, when none
 * was, an opener of the page's own origin (the dashboard). A cross-origin
 * opener that was not recorded hears nothing, and the page stays open.
 */
export function renderPage(view: PageView, nonce: string): string {
  const paragraphs = view.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(view.title)}</title>
<style nonce="${escapeHtml(nonce)}">
body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2328; max-width: 34rem; margin: 12vh auto; padding: 0 1.5rem; }
h1 { font-size: 1.4rem; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(view.title)}</h1>
${paragraphs}
</main>
<script nonce="${escapeHtml(nonce)}">
(function () {
  var message = ${scriptJson(view.message)};
  var target = ${scriptJson(view.openerOrigin)};
  if (!window.opener || window.opener.closed) return;
  if (!target) {
    try {
      if (window.opener.location.origin === window.location.origin) target = window.location.origin;
    } catch (crossOrigin) {
      return;
    }
  }
  if (!target) return;
  window.opener.postMessage(message, target);
  window.close();
})();
</script>
</body>
</html>
`;
}

function page(view: PageView, nonce: string): CallbackAnswer {
  return {
    kind: 'page',
    status: view.status,
    html: renderPage(view, nonce),
    headers: pageHeaders(nonce),
  };
}

function connectedView(
  outcome: Extract<ConnectOutcome, { status: 'connected' }>,
  platform: Platform,
): PageView {
  const name = PLATFORM_NAMES[platform];
  const who = outcome.displayName ?? (outcome.username ? `@${outcome.username}` : null);
  return {
    status: 200,
    title: `${name} account connected`,
    paragraphs: [
      who
        ? `The ${name} account ${who} is now connected.`
        : `Your ${name} account is now connected.`,
      'You can close this window.',
    ],
    message: { type: 'tally:connect', status: 'connected', creatorId: outcome.creatorId },
    openerOrigin: outcome.openerOrigin,
  };
}

// The creators service's message says what happened and what to do next, for the creator.
function failedView(
  outcome: Extract<ConnectOutcome, { status: 'failed' }>,
  platform: Platform,
): PageView {
  return {
    status: failureStatus(outcome.reason),
    title: FAILURE_TITLES[outcome.reason](PLATFORM_NAMES[platform]),
    paragraphs: [outcome.message],
    message: {
      type: 'tally:connect',
      status: 'error',
      reason: outcome.reason,
      message: outcome.message,
    },
    openerOrigin: outcome.openerOrigin,
  };
}

/**
 * The creators service's outcome: to the customer's redirect URL when there is
 * one, else a page naming the platform the creator came back from.
 */
export function answerOutcome(
  outcome: ConnectOutcome,
  platform: Platform,
  nonce: string,
): CallbackAnswer {
  const location = outcome.redirectUrl ? redirectLocation(outcome.redirectUrl, outcome) : null;
  if (location) return { kind: 'redirect', location, headers: { ...PRIVATE_ANSWER } };
  const view =
    outcome.status === 'connected'
      ? connectedView(outcome, platform)
      : failedView(outcome, platform);
  return page(view, nonce);
}

const ERROR_WORDS: Partial<Record<AppError['code'], { title: string; text: string }>> = {
  service_unavailable: {
    title: 'Tally is not available right now',
    text: 'The connection could not be completed because a Tally service is not available, so nothing was connected.',
  },
  upstream_timeout: {
    title: 'Tally took too long to answer',
    text: 'The connection could not be confirmed in time. It may still complete: check in the app that sent you here before trying again.',
  },
};

const UNEXPECTED = {
  title: 'Something went wrong',
  text: 'The connection could not be completed because of an error on our side.',
};

/**
 * When the creators service gave no outcome (it is down, slow or failed): a
 * page with the error's status, since without the outcome there is no
 * redirect URL to go back to, nor a recorded opener: only an opener of the
 * gateway's own origin (the dashboard) hears the error's code as the reason.
 */
export function answerError(error: unknown, platform: Platform, nonce: string): CallbackAnswer {
  const failure =
    error instanceof AppError
      ? error
      : new AppError('internal_error', 'An internal error occurred.');
  const words =
    ERROR_WORDS[failure.code] ??
    (failure.status < 500
      ? { title: `${PLATFORM_NAMES[platform]} account not connected`, text: failure.message }
      : UNEXPECTED);
  const next = failure.status < 500 ? START_AGAIN : TRY_LATER;
  return page(
    {
      status: failure.status,
      title: words.title,
      paragraphs: [words.text, next],
      message: {
        type: 'tally:connect',
        status: 'error',
        reason: failure.code,
        message: words.text,
      },
      openerOrigin: null,
    },
    nonce,
  );
}
