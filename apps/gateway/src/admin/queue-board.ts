import { Queues } from '@tally/contracts';
import { QueueFactory } from '@tally/creators-data';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseCookies } from '../auth/cookies.js';
import { SessionAuthenticator } from '../auth/session-authenticator.js';
import { COOKIE_POLICY, cookieNamesOf, type CookiePolicy } from '../auth/session-cookies.js';
import { decideOperatorAccess, type OperatorPolicy } from './operator-access.js';

export const QUEUE_BOARD_PATH = '/admin/queues';

export interface QueueBoardOptions extends OperatorPolicy {
  redisUrl: string;
  redisKeyPrefix: string;
}

function challenge(reply: FastifyReply, status: 401 | 403): void {
  if (status === 401)
    void reply.header('www-authenticate', 'Basic realm="Tally operators", charset="UTF-8"');
  void reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('text/plain; charset=utf-8')
    .send(
      status === 401
        ? 'Operators only: sign in with the operator token, or as an admin of the operator account.'
        : 'Operators only: this account may not see the queues.',
    );
}

/**
 * Bull Board at /admin/queues: the sync, revocation and webhook delivery queues' jobs by state,
 * with retry and removal. Mounted only when an operator token or operator
 * account is configured. Returns a function that closes its Redis connections.
 */
export async function mountQueueBoard(
  app: NestFastifyApplication,
  options: QueueBoardOptions,
): Promise<(() => Promise<void>) | undefined> {
  if (!options.operatorToken && !options.operatorAccountId) return undefined;
  const factory = new QueueFactory({ url: options.redisUrl, keyPrefix: options.redisKeyPrefix });
  const handles = Object.values(Queues).map((name) => factory.queue(name, 'blocking'));
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: handles.map((handle) => new BullMQAdapter(handle.queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Tally queues' } },
  });
  const sessions = app.get(SessionAuthenticator);
  const sessionCookie = cookieNamesOf(app.get<symbol, CookiePolicy>(COOKIE_POLICY)).session;
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await fastify.register(
    async (scope) => {
      scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
        const decision = await decideOperatorAccess(
          {
            method: request.method,
            authorization: request.headers.authorization,
            sessionToken: parseCookies(request.headers.cookie)[sessionCookie],
            origin: request.headers.origin,
            host: request.headers.host,
          },
          options,
          (token) => sessions.authenticate(token, 'GET', undefined),
        );
        if (decision === 'sign_in') return challenge(reply, 401);
        if (decision === 'forbidden') return challenge(reply, 403);
      });
      await scope.register(serverAdapter.registerPlugin());
    },
    { prefix: QUEUE_BOARD_PATH },
  );
  return async () => {
    await Promise.all(handles.map((handle) => handle.close()));
  };
}
