import {
  ConnectStarted,
  originOf,
  type Platform,
  PLATFORM_NAMES,
  PLATFORMS,
  platformSlug,
  Principal,
  StartConnectInput,
} from '@tally/contracts';
import { Body, Controller, Get, Post, Query, Req, Res, type Type } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';
import {
  AllowPublishableKeys,
  CurrentPrincipal,
  Public,
  RequirePermission,
} from '../auth/auth.decorators.js';
import { CreatorsClient } from '../creators/creators.client.js';
import { PublicApi } from '../http/public-api.decorator.js';
import { OptionalBody } from '../http/optional-body.js';
import { ApiRoute } from '../openapi/index.js';
import { answerError, answerOutcome, CallbackAnswer } from './callback-page.js';
import { readCallbackQuery } from './callback-query.js';
import { connectCallbackDoc, startConnectDoc } from './connect-route-docs.js';

/**
 * The class's name makes the routes' operation ids (`connect_start`): TikTok's
 * keep the ones they had before the other platforms came, for clients
 * generated from the document.
 */
function controllerName(platform: Platform): string {
  return platform === 'TIKTOK'
    ? 'ConnectController'
    : `Connect${PLATFORM_NAMES[platform]}Controller`;
}

/**
 * `POST /api/v1/connect/{platform}` and its callback, for one platform: the
 * same routes, guards and answers on every platform, each documented under the
 * platform's name.
 */
export function connectControllerFor(platform: Platform): Type {
  @Controller(`api/v1/connect/${platformSlug(platform)}`)
  class ConnectController {
    constructor(private readonly creators: CreatorsClient) {}

    @Post()
    @PublicApi()
    @OptionalBody()
    @RequirePermission('creators:write')
    @AllowPublishableKeys({ permission: 'creators:read' })
    @ApiRoute(startConnectDoc(platform))
    start(
      @CurrentPrincipal() principal: Principal,
      @Body() input: StartConnectInput,
      @Req() request: FastifyRequest,
    ): Promise<ConnectStarted> {
      return this.creators.startConnect(
        principal,
        platform,
        input,
        originOf(request.headers.origin),
      );
    }

    @Get('callback')
    @Public()
    @ApiRoute(connectCallbackDoc(platform))
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
      const reading = readCallbackQuery(query, platform);
      const answer =
        'invalid' in reading
          ? answerOutcome(reading.invalid, platform, nonce)
          : await this.creators.completeConnect(reading.request).then(
              (outcome) => answerOutcome(outcome, platform, nonce),
              (error: unknown) => answerError(error, platform, nonce),
            );
      send(reply, answer);
    }
  }
  Object.defineProperty(ConnectController, 'name', { value: controllerName(platform) });
  return ConnectController;
}

/** One controller per platform, for the gateway module to register. */
export const CONNECT_CONTROLLERS: readonly Type[] = PLATFORMS.map(connectControllerFor);

function send(reply: FastifyReply, answer: CallbackAnswer): void {
  void reply.headers(answer.headers);
  if (answer.kind === 'redirect') void reply.redirect(answer.location, 302);
  else void reply.status(answer.status).send(answer.html);
}
