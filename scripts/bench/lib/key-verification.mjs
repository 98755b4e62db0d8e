// Benchmark 1: what verifying an API key costs a gateway request.
//
// - cache hit, in process: the gateway's own KeyAuthenticator (apps/gateway/dist),
//   wired to the real NATS and identity, called again and again with a key it
//   has just verified. Nothing else is timed, so this is the verification cost.
// - cache hit, over HTTP (for scale): one keep-alive connection, taking turns,
//   GET /api/v1/<no such route> (404: Nest's not-found handler and the error
//   envelope, no guard) and GET /api/v1/keys with a key lacking keys:read (the
//   auth guard verifies the key from its cache, then refuses with 403 before the
//   rate limit, NATS or Postgres). The difference is an upper bound: it also
//   holds Nest's route pipeline and the guard's other checks. GET /health/live
//   is timed too, for reference (it passes the rate-limit guard, i.e. Redis).
// - cold: identity.keys.verify sent straight to the running identity over NATS,
//   as Nest's ClientNats sends it (so no gateway cache is involved): NATS, the
//   Nest transport, one HMAC and one indexed Postgres lookup per request.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Logger } from '@nestjs/common';
import { ROOT } from '../../lib/env.mjs';
import { scale, summarize, timeEach } from './stats.mjs';

const NS_TO_US = 1e-3;
const NS_TO_MS = 1e-6;

const gatewayModule = (path) =>
  import(pathToFileURL(join(ROOT, 'apps', 'gateway', 'dist', path)).href);

/** The gateway's KeyAuthenticator with its real collaborators, outside Nest's container. */
async function buildKeyAuthenticator({ natsServers, subjectPrefix, ttlMs, maxEntries }) {
  // Nest's static logger would print the NATS client's status changes.
  Logger.overrideLogger(['warn', 'error']);
  const { ServiceClient, TallyClientNats } = await import('@tally/nest-kit');
  const { IdentityClient } = await gatewayModule('identity/identity.client.js');
  const { KeyUsageReporter } = await gatewayModule('auth/key-usage.reporter.js');
  const { KeyAuthenticator } = await gatewayModule('auth/key-authenticator.js');
  const { RevocationFeed } = await gatewayModule('auth/revocation/revocation-feed.js');
  const nats = new TallyClientNats({ servers: natsServers, name: 'bench', subjectPrefix });
  const bus = new ServiceClient(nats, { requestTimeoutMs: 5000 });
  await bus.connect();
  // Nothing is revoked during the bench: a feed that never goes stale, so the cache is used.
  const revocations = new RevocationFeed({ resyncMs: 5000, maxStalenessMs: Infinity });
  revocations.markSynced(Date.now());
  const authenticator = new KeyAuthenticator(
    new IdentityClient(bus),
    new KeyUsageReporter(bus),
    revocations,
    { ttlMs, maxEntries },
  );
  return { authenticator, bus, close: () => bus.onApplicationShutdown() };
}

export async function measureCacheHitInProcess(options) {
  const { key, warmupCalls, calls } = options;
  const { authenticator, bus, close } = await buildKeyAuthenticator(options);
  try {
    // The first call misses the cache and asks identity; it must accept the key.
    const principal = await authenticator.authenticate(key);
    if (!principal?.credentialId) throw new Error('the gateway KeyAuthenticator refused the key');
    await timeEach(warmupCalls, () => authenticator.authenticate(key));
    const samples = await timeEach(calls, () => authenticator.authenticate(key));
    // What the timing loop itself costs: an `await` of an empty async function.
    const empty = async () => undefined;
    await timeEach(warmupCalls, empty);
    const overhead = await timeEach(calls, empty);
    // For comparison, the cold path as the gateway takes it (ServiceClient over NATS).
    const { IdentityKeysVerify } = await import('@tally/contracts');
    await timeEach(50, () => bus.request(IdentityKeysVerify, { key }));
    const serviceClient = await timeEach(500, () => bus.request(IdentityKeysVerify, { key }));
    return {
      calls,
      us: scale(summarize(samples), NS_TO_US),
      timerOverheadUs: scale(summarize(overhead), NS_TO_US),
      coldThroughServiceClientMs: scale(summarize(serviceClient), NS_TO_MS),
    };
  } finally {
    await close();
  }
}

function timedGet(agent, base, path, headers) {
  return new Promise((resolve, reject) => {
    const url = new URL(path, base);
    const start = process.hrtime.bigint();
    const request = http.request(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, agent, headers },
      (response) => {
        response.resume();
        response.on('end', () =>
          resolve({
            status: response.statusCode,
            ns: Number(process.hrtime.bigint() - start),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end();
  });
}

export async function measureCacheHitOverHttp({ base, deniedKey, warmupRounds, rounds }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const kinds = [
    {
      name: 'withoutAuth',
      route: 'GET /api/v1/bench-no-such-route (404: no guard runs, error envelope)',
      path: '/api/v1/bench-no-such-route',
      headers: {},
      status: 404,
    },
    {
      name: 'withCachedKey',
      route:
        'GET /api/v1/keys with a cached key lacking keys:read (403 from the auth guard, which counts it in Redis)',
      path: '/api/v1/keys?limit=20',
      headers: { authorization: `Bearer ${deniedKey}` },
      status: 403,
    },
    {
      name: 'healthLive',
      route: 'GET /health/live (200; probes pass the guards without any I/O)',
      path: '/health/live',
      headers: {},
      status: 200,
    },
  ];
  const run = async (count) => {
    const samples = kinds.map(() => new Float64Array(count));
    for (let i = 0; i < count; i += 1) {
      // Rotate which goes first, so that none always follows the same one.
      for (let j = 0; j < kinds.length; j += 1) {
        const index = (i + j) % kinds.length;
        const kind = kinds[index];
        const { status, ns } = await timedGet(agent, base, kind.path, kind.headers);
        if (status !== kind.status)
          throw new Error(`GET ${kind.path} answered ${status}, expected ${kind.status}`);
        samples[index][i] = ns;
      }
    }
    return samples;
  };
  try {
    await run(warmupRounds);
    const samples = await run(rounds);
    const result = { rounds };
    kinds.forEach((kind, index) => {
      result[kind.name] = { route: kind.route, us: scale(summarize(samples[index]), NS_TO_US, 1) };
    });
    result.addedMedianUs = Number(
      (result.withCachedKey.us.p50 - result.withoutAuth.us.p50).toFixed(1),
    );
    return result;
  } finally {
    agent.destroy();
  }
}

/**
 * Nest's NATS request as ClientNats sends it: subject with the deployment's
 * prefix, JSON packet { pattern (the unprefixed contract subject), data, id },
 * a request-id header, and a fresh reply inbox per request.
 */
function nestRequest(nats, natsHeaders, subjectPrefix, pattern, data) {
  const headers = natsHeaders();
  headers.set('x-request-id', randomUUID());
  const packet = JSON.stringify({ pattern, data, id: randomUUID() });
  return nats
    .request(`${subjectPrefix}.${pattern}`, packet, { timeout: 5000, headers, noMux: true })
    .then((message) => {
      const reply = message.json();
      if (reply.err !== undefined && reply.err !== null)
        throw new Error(`${pattern} failed: ${JSON.stringify(reply.err)}`);
      return reply.response;
    });
}

export async function measureColdVerification({
  natsServers,
  subjectPrefix,
  keys,
  warmupRequests,
  requests,
  pingRequests,
}) {
  const { connect, headers } = await import('@nats-io/transport-node');
  const nats = await connect({ servers: natsServers, name: 'bench-cold-verify' });
  try {
    // Each request names one of the account's keys in turn; none is cached by
    // anybody (identity has no cache and the gateway is not involved).
    const verify = async (i) => {
      const reply = await nestRequest(nats, headers, subjectPrefix, 'identity.keys.verify', {
        key: keys[i % keys.length],
      });
      if (!reply?.valid)
        throw new Error(`identity refused a benchmark key: ${JSON.stringify(reply)}`);
    };
    const ping = () => nestRequest(nats, headers, subjectPrefix, 'identity.health.ping', {});
    await timeEach(warmupRequests, verify);
    const verifyNs = await timeEach(requests, verify);
    await timeEach(Math.min(warmupRequests, pingRequests), ping);
    const pingNs = await timeEach(pingRequests, ping);
    const ms = scale(summarize(verifyNs), NS_TO_MS);
    const pingMs = scale(summarize(pingNs), NS_TO_MS);
    return {
      requests,
      keysUsed: keys.length,
      ms,
      natsServerVersion: nats.info?.version,
      pingBaseline: { subject: 'identity.health.ping', requests: pingRequests, ms: pingMs },
      ratioToPing: Number((ms.p50 / pingMs.p50).toFixed(2)),
    };
  } finally {
    await nats.close();
  }
}
