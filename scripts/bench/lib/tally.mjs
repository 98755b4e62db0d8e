// The real Tally apps as child processes (their built dist), and an account
// with keys created through the public API, as a customer would.
import { randomUUID } from 'node:crypto';
import { ROOT } from '../../lib/env.mjs';
import { sleep } from '../../lib/exec.mjs';
import { waitForPort } from '../../lib/net.mjs';
import { APP_NODE_FLAGS } from '../../lib/node-flags.mjs';

/** The apps the benchmarks need: the gateway and the services behind /api/v1/ping. */
export const TALLY_APPS = ['identity', 'creators', 'gateway'];

/** Polls url until it answers 200; throws with the last answer after timeoutMs. */
export async function waitFor200(children, url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await children.guard(fetch(url));
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      if (children.stopping || !(error instanceof TypeError)) throw error;
      last = error.message;
    }
    await children.guard(sleep(250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s (last: ${last})`);
}

/**
 * The Node flags of a process the benchmark measures, Tally's or the same-work
 * baseline's: the apps' own, and with BENCH_CPU_PROFILE_DIR a V8 CPU profile
 * written there when it stops (for finding hot spots).
 */
export function benchNodeFlags() {
  const profile = process.env.BENCH_CPU_PROFILE_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE_DIR}`]
    : [];
  return [...APP_NODE_FLAGS, ...profile];
}

/**
 * Starts the services, waits until they are ready (so that the gateway meets
 * them at once), then the gateway; ready when GET /api/v1/ping succeeds.
 */
export async function startTally(children, env) {
  const start = (app) =>
    children.start(app, process.execPath, [...benchNodeFlags(), `apps/${app}/dist/main.js`], {
      cwd: ROOT,
      env,
    });
  start('identity');
  start('creators');
  await waitFor200(children, `http://127.0.0.1:${env.IDENTITY_HEALTH_PORT}/health/ready`, 60000);
  await waitFor200(children, `http://127.0.0.1:${env.CREATORS_HEALTH_PORT}/health/ready`, 60000);
  start('gateway');
  const base = `http://127.0.0.1:${env.PORT}`;
  if (!(await children.guard(waitForPort({ host: '127.0.0.1', port: Number(env.PORT) }, 60000))))
    throw new Error(`the gateway did not listen on port ${env.PORT} within a minute`);
  await waitFor200(children, `${base}/api/v1/ping`, 60000);
  return base;
}

async function post(base, path, body, headers = {}) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`POST ${path}: ${response.status} ${text}`);
  return { response, body: JSON.parse(text) };
}

/**
 * Signs up a fresh account, then creates keys with the owner's session (cookie
 * and x-csrf-token): one full-access secret key, one read-only secret key, and
 * more until the account holds `total` keys. Returns the keys (secret values).
 */
export async function createAccountWithKeys(base, { total = 20 } = {}) {
  const email = `bench-${randomUUID()}@example.com`;
  const signup = await post(base, '/api/v1/auth/signup', {
    email,
    password: 'correct horse battery staple',
    accountName: 'Tally benchmark',
  });
  const cookie = signup.response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const session = { cookie, 'x-csrf-token': signup.body.data.csrfToken };
  const createKey = async (name, roles) => {
    const { body } = await post(
      base,
      '/api/v1/keys',
      { name, type: 'secret', environment: 'production', roles, expiresInDays: 30 },
      session,
    );
    return body.data.key;
  };
  const fullAccess = await createKey('bench full access', ['full-access']);
  const readOnly = await createKey('bench read only', ['read-only']);
  const others = [];
  for (let i = 2; i < total; i += 1) {
    others.push(await createKey(`bench filler ${i}`, ['read-only']));
  }
  return { accountId: signup.body.data.account.id, email, fullAccess, readOnly, others };
}
