import {
  CONNECT_STATE_TTL_SECONDS,
  ConnectStartedSchema,
  type Platform,
  PLATFORM_NAMES,
  platformSlug,
} from '@tally/contracts';
import { z } from 'zod';
import type { ApiRouteDoc } from '../openapi/index.js';
import { ConnectCallbackQuery } from './callback-query.js';

const HTML_PAGE = z.string().describe('A small HTML page saying what happened.');

/** Who sends the creator back: YouTube's consent page is Google's. */
const CONSENT_HOSTS: Readonly<Record<Platform, string>> = {
  TIKTOK: 'TikTok',
  INSTAGRAM: 'Instagram',
  YOUTUBE: 'Google',
};

/** Parameters the callback ignores, as examples; TikTok's are read as they come. */
const IGNORED_EXAMPLES: Readonly<Record<Platform, string>> = {
  TIKTOK: '',
  INSTAGRAM: ', such as `error_reason`,',
  YOUTUBE: ', such as `scope` and `authuser`,',
};

/** `POST /api/v1/connect/{platform}`. */
export function startConnectDoc(platform: Platform): ApiRouteDoc {
  const name = PLATFORM_NAMES[platform];
  return {
    summary: `Start connecting a${/^[AEIOU]/.test(name) ? 'n' : ''} ${name} account`,
    description: [
      `Returns the ${name} authorization URL to send the creator's browser to (a redirect or a popup)`,
      `and its single-use \`state\`, valid for ${CONNECT_STATE_TTL_SECONDS / 60} minutes.`,
      `${name} sends the creator back to \`GET /api/v1/connect/${platformSlug(platform)}/callback\`, which stores the creator`,
      'and queues its first sync, then redirects to `redirectUrl` (with `creatorId` and `status=connected`,',
      'or `status=error`, `error` and `message`) or, without one, shows a page that tells the window',
      'that opened the popup. The body is optional.',
      '`redirectUrl` must match one of the allowed redirect URLs (`PUT /api/v1/connect/redirect-urls`):',
      'the same origin, and the same path or one below it. With a publishable key, a `redirectUrl` on one of',
      "the key's allowed origins is accepted too. The page tells only the window of the origin that started",
      "the flow (the request's `Origin`), or the dashboard's own.",
    ].join(' '),
    tags: ['Connect'],
    response: ConnectStartedSchema,
    errors: [
      {
        status: 400,
        description:
          'The body is not valid, or `redirectUrl` is not among the allowed redirect URLs.',
      },
      503,
      504,
    ],
  };
}

/** `GET /api/v1/connect/{platform}/callback`. */
export function connectCallbackDoc(platform: Platform): ApiRouteDoc {
  const name = PLATFORM_NAMES[platform];
  const host = CONSENT_HOSTS[platform];
  return {
    summary:
      host === name
        ? `${name} sends the creator back here`
        : `${host} sends the ${name} creator back here`,
    description: `Not for API clients: ${host} redirects the creator's browser here with ${host}'s own parameters (others it may add${IGNORED_EXAMPLES[platform]} are ignored). The code is exchanged and the creator stored, then the browser is redirected to the \`redirectUrl\` given at the start, or shown a page which, in a popup, posts \`{type: 'tally:connect', status: 'connected' | 'error', creatorId?, reason?, message?}\` to \`window.opener\` and closes. A \`state\` started for another platform is refused.`,
    tags: ['Connect'],
    envelope: false,
    query: ConnectCallbackQuery,
    response: HTML_PAGE,
    responseMediaType: 'text/html',
    responseDescription: 'Connected: the page says so (no `redirectUrl` was given).',
    otherResponses: [
      {
        status: 302,
        description:
          'To the `redirectUrl` given at the start, its query extended with `creatorId` and `status=connected`, or with `status=error`, `error` (the reason) and `message`.',
        headers: {
          Location: {
            description: 'The `redirectUrl`, with the outcome.',
            schema: { type: 'string', format: 'uri' },
          },
        },
      },
    ],
    errors: [
      {
        status: 400,
        description: `Not connected because of the request: the state is unknown, used or expired, the parameters are unreadable, or the creator refused access on ${name}.`,
        schema: HTML_PAGE,
        mediaType: 'text/html',
      },
      { status: 413, description: 'A body was sent, and it is too large.' },
      { status: 415, description: 'A body was sent, and it is not JSON.' },
      429,
      431,
      {
        status: 502,
        description: `Not connected because ${name} failed: the code exchange or the profile read.`,
        schema: HTML_PAGE,
        mediaType: 'text/html',
      },
      {
        status: 503,
        description: 'Not connected: a Tally service is not available.',
        schema: HTML_PAGE,
        mediaType: 'text/html',
      },
      {
        status: 504,
        description: 'Tally did not get the outcome in time; the connection may still complete.',
        schema: HTML_PAGE,
        mediaType: 'text/html',
      },
    ],
  };
}
