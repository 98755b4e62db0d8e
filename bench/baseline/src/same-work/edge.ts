// Same-work baseline, front end: plain Fastify doing what the gateway does on
// three routes, without Nest: a request id, the API key (checksum, then the
// in-process cache, then the responder), the route's permission, three
// fixed-window limits in one Redis script call, usage counting, one NATS
// request to the responder, and the `{ success, data }` envelope with the
// gateway's headers and cursors.
import type { Permission, Principal } from '@tally/contracts';
import { connect } from '@nats-io/transport-node';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { Bus } from './bus.js';
import { Cursors } from './cursors.js';
import { KeyAuthenticator, presentedKey } from './keys.js';
import { subjectsOf, type PageResult } from './messages.js';
import { RateLimiter } from './rate-limits.js';
import { Refusal } from './refusal.js';
import { SECURITY_HEADERS } from './security-headers.js';
import { edgeSettings } from './settings.js';
import { UsageCounter } from './usage.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set once the key is known: usage counts the request for it. */
    principal: Principal | null;
    /** Set when the rate limiter refused the request: usage counts it as refused. */
    refusedByLimit: boolean;
  }
}

const REQUEST_ID = 'x-request-id';
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const settings = edgeSettings();
const subjects = subjectsOf(settings.subjectPrefix);

const nats = await connect({ servers: settings.natsServers, name: 'same-work-edge' });
const bus = new Bus(nats, settings.natsTimeoutMs);
const redisOptions = { keyPrefix: settings.redisKeyPrefix, lazyConnect: true };
// Like the gateway's: no queue while Redis is away, a short timeout, and requests that
// arrive together share one write.
const limitsRedis = new Redis(settings.redisUrl, {
  ...redisOptions,
  enableOfflineQueue: false,
  commandTimeout: 250,
  maxRetriesPerRequest: 0,
  enableAutoPipelining: true,
});
const usageRedis = new Redis(settings.redisUrl, redisOptions);
await Promise.all([limitsRedis.connect(), usageRedis.connect()]);

const keys = new KeyAuthenticator(
  bus,
  subjects,
  settings.keyCacheTtlMs,
  settings.keyCacheMaxEntries,
);
const limits = new RateLimiter(limitsRedis, settings.limits);
const usage = new UsageCounter(usageRedis, settings.usageFlushMs);
const cursors = new Cursors(settings.cursorSecret);

/**
 * Who calls and whether they may: the key, then (secret keys stay on
 * servers) no browser Origin and the route's permission, then the limits.
 * A refusal is counted against the limits too: by IP when the key is refused.
 */
async function admit(
  request: FastifyRequest,
  reply: FastifyReply,
  permission: Permission | undefined,
): Promise<Principal> {
  let principal: Principal;
  try {
    principal = await keys.authenticate(presentedKey(request.headers), request.id);
  } catch (refusal) {
    void reply.headers(await limits.admit(request.ip, undefined));
    throw refusal;
  }
  request.principal = principal;
  let refusal: Refusal | undefined;
  if (principal.credentialType !== 'secret_key') {
    refusal = new Refusal(403, 'insufficient_scope', 'This baseline takes secret keys only.');
  } else if (request.headers.origin !== undefined) {
    refusal = new Refusal(403, 'insufficient_scope', 'Secret keys are refused from browsers.');
  } else if (permission && !principal.permissions.includes(permission)) {
    refusal = new Refusal(403, 'insufficient_scope', `This needs the ${permission} permission.`, [
      { reason: `missing ${permission}` },
    ]);
  }
  try {
    void reply.headers(await limits.admit(request.ip, principal));
  } catch (limited) {
    request.refusedByLimit = true;
    throw limited;
  }
  if (refusal) throw refusal;
  return principal;
}

function creatorIdOf(params: unknown): string {
  const { id } = params as { id: string };
  if (!UUID_PATTERN.test(id))
    throw new Refusal(400, 'validation_failed', 'The id in the path is not valid.', [
      { field: 'id', reason: 'must be a UUID' },
    ]);
  return id.toLowerCase();
}

const app = Fastify({
  logger: false,
  genReqId: (request) => {
    const candidate = request.headers[REQUEST_ID];
    return typeof candidate === 'string' && REQUEST_ID_PATTERN.test(candidate)
      ? candidate
      : randomUUID();
  },
});
app.decorateRequest('principal', null);
app.decorateRequest('refusedByLimit', false);

app.addHook('onRequest', (request, reply, done) => {
  void reply.headers(SECURITY_HEADERS).header(REQUEST_ID, request.id);
  done();
});

app.addHook('onResponse', (request, reply, done) => {
  if (request.principal) usage.record(request.principal, reply.statusCode, request.refusedByLimit);
  done();
});

app.setErrorHandler((error, request, reply) => {
  if (error instanceof Refusal) {
    void reply.status(error.status).headers(error.headers).send(error.body(request.id));
    return;
  }
  process.stderr.write(
    `same-work edge: ${request.method} ${request.url} failed: ${String(error)}\n`,
  );
  void reply
    .status(500)
    .send(new Refusal(500, 'internal_error', 'An internal error occurred.').body(request.id));
});

app.setNotFoundHandler((request, reply) => {
  void reply
    .status(404)
    .send(new Refusal(404, 'route_not_found', 'No such route.').body(request.id));
});

app.get('/health/live', async () => ({ status: 'up' }));
// Ready once the responder answers: the first requests must not find nobody behind NATS.
app.get('/health/ready', async (request) => {
  await bus.ask(subjects.ping, {}, request.id);
  return { status: 'up' };
});

app.get('/api/v1/creators', async (request, reply) => {
  const principal = await admit(request, reply, 'creators:read');
  const page = cursors.request(request.query as Record<string, unknown>);
  const result = await bus.ask<PageResult<unknown>>(
    subjects.listCreators,
    { principal, page },
    request.id,
  );
  return { success: true, data: cursors.page(result) };
});

app.get('/api/v1/creators/:id/videos', async (request, reply) => {
  const principal = await admit(request, reply, 'creators:read');
  const creatorId = creatorIdOf(request.params);
  const page = cursors.request(request.query as Record<string, unknown>);
  const result = await bus.ask<PageResult<unknown>>(
    subjects.listVideos,
    { principal, creatorId, page },
    request.id,
  );
  return { success: true, data: cursors.page(result) };
});

app.get('/api/v1/users/me', async (request, reply) => {
  const principal = await admit(request, reply, undefined);
  const data = await bus.ask<unknown>(subjects.whoAmI, { principal }, request.id);
  return { success: true, data };
});

await app.listen({ port: settings.httpPort, host: '127.0.0.1' });

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await app.close();
  await usage.close();
  await nats.drain();
  await Promise.all([limitsRedis.quit(), usageRedis.quit()]);
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
process.stdout.write(`same-work edge listening on http://127.0.0.1:${settings.httpPort}\n`);
