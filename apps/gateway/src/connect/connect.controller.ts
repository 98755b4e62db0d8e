import {
  CONNECT_STATE_TTL_SECONDS,
  ConnectStarted,
  ConnectStartedSchema,
  originOf,
  Principal,
  StartConnectInput,
} from '@tally/contracts';
import { z } from 'zod';
import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';
import {
  AllowPublishableKeys,
  CurrentPrincipal,
  Public,
  RequirePermission,
} from '../auth/auth.decorators.js';
import { CreatorsClient } from '../creators/creators.client.js';
import { PublicApi } from '../http/envelope.interceptor.js';
import { OptionalBody } from '../http/optional-body.js';
import { ApiRoute } from '../openapi/index.js';
import { answerError, answerOutcome, CallbackAnswer } from './callback-page.js';
import { ConnectCallbackQuery, readCallbackQuery } from './callback-query.js';

const HTML_PAGE = z.string().describe('A small HTML page saying what happened.');

@Controller('api/v1/connect/tiktok')
export class ConnectController {
  constructor(private readonly creators: CreatorsClient) {}

  @Post()
  @PublicApi()
  @OptionalBody()
  @RequirePermission('creators:write')
  @AllowPublishableKeys({ permission: 'creators:read' })
  @ApiRoute({
    summary: 'Start connecting a TikTok account',
    description: [
      "Returns the TikTok authorization URL to send the creator's browser to (a redirect or a popup)",
      `and its single-use \`state\`, valid for ${CONNECT_STATE_TTL_SECONDS / 60} minutes.`,
      'TikTok sends the creator back to `GET /api/v1/connect/tiktok/callback`, which stores the creator',
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
  })
  start(
    @CurrentPrincipal() principal: Principal,
    @Body() input: StartConnectInput,
    @Req() request: FastifyRequest,
  ): Promise<ConnectStarted> {
    return this.creators.startConnect(principal, input, originOf(request.headers.origin));
  }

  @Get('callback')
  @Public()
  @ApiRoute({
    summary: 'TikTok sends the creator back here',
    description:
      "Not for API clients: TikTok redirects the creator's browser here with TikTok's own parameters (others it may add are ignored). The code is exchanged and the creator stored, then the browser is redirected to the `redirectUrl` given at the start, or shown a page which, in a popup, posts `{type: 'tally:connect', status: 'connected' | 'error', creatorId?, reason?, message?}` to `window.opener` and closes.",
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
        description:
          'Not connected because of the request: the state is unknown, used or expired, the parameters are unreadable, or the creator refused access on TikTok.',
        schema: HTML_PAGE,
        mediaType: 'text/html',
      },
      { status: 413, description: 'A body was sent, and it is too large.' },
      { status: 415, description: 'A body was sent, and it is not JSON.' },
      429,
      431,
      {
        status: 502,
        description: 'Not connected because TikTok failed: the code exchange or the profile read.',
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
  })
  async callback(
    @Query() query: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // Fastify answers HEAD with the GET handler: a link checker's HEAD must not use up the state.
    if (request.method === 'HEAD') {
      void reply.header('cache-control', 'no-store').status(200).send();
      return;
    }
    const nonce = randomBytes(16).toString('base64');
    const reading = readCallbackQuery(query);
    const answer =
      'invalid' in reading
        ? answerOutcome(reading.invalid, nonce)
        : await this.creators.completeConnect(reading.request).then(
            (outcome) => answerOutcome(outcome, nonce),
            (error: unknown) => answerError(error, nonce),
          );
    send(reply, answer);
  }
}

function send(reply: FastifyReply, answer: CallbackAnswer): void {
  void reply.headers(answer.headers);
  if (answer.kind === 'redirect') void reply.redirect(answer.location, 302);
  else void reply.status(answer.status).send(answer.html);
}
