import { mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { asRoot, capture, commandExists, findBinary, isRoot, mustRun, run } from './exec.mjs';
import { ROOT } from './env.mjs';
import { step, warn } from './log.mjs';
import { endpointOf, isLocalHost, isPortOpen, waitForPort } from './net.mjs';

/**
 * Makes sure Postgres, Redis and NATS answer where the environment says they
 * are: use a running one; else start an installed one; else, with a Docker
 * engine, `docker compose up -d`; else install it from apt and start it.
 */
const SERVICES = [
  {
    name: 'PostgreSQL',
    variable: 'DATABASE_URL',
    composeService: 'postgres',
    defaultPort: 5432,
    aptPackages: ['postgresql'],
    isInstalled: () => commandExists('pg_lsclusters') || Boolean(findBinary('pg_ctl')),
    start: startPostgres,
  },
  {
    name: 'Redis',
    variable: 'REDIS_URL',
    composeService: 'redis',
    defaultPort: 6379,
    aptPackages: ['redis-server'],
    isInstalled: () => Boolean(findBinary('redis-server')),
    start: startRedis,
  },
  {
    name: 'NATS',
    variable: 'NATS_URL',
    composeService: 'nats',
    defaultPort: 4222,
    aptPackages: ['nats-server'],
    isInstalled: () => Boolean(findBinary('nats-server')),
    start: startNats,
  },
];

const STATE_DIR = join(ROOT, '.tally');

function dockerEngineAvailable() {
  return commandExists('docker') && capture('docker', ['info'], { timeout: 10000 }).ok;
}

async function startPostgres() {
  if (commandExists('pg_lsclusters')) {
    const clusters = capture('pg_lsclusters', ['--no-header'])
      .stdout.trim()
      .split('\n')
      .filter(Boolean);
    if (clusters.length === 0) {
      const version = capture('sh', [
        '-c',
        'ls /usr/lib/postgresql | sort -V | tail -n 1',
      ]).stdout.trim();
      const [command, args] = asRoot('pg_createcluster', [version, 'main']);
      await mustRun(command, args);
      clusters.push(`${version} main`);
    }
    for (const line of clusters) {
      const [version, cluster] = line.trim().split(/\s+/);
      const [command, args] = asRoot('pg_ctlcluster', [
        '--skip-systemctl-redirect',
        version,
        cluster,
        'start',
      ]);
      await run(command, args);
    }
    return;
  }
  throw new Error(
    'PostgreSQL is installed without pg_ctlcluster; start it yourself or set DATABASE_URL.',
  );
}

async function startRedis({ port }) {
  mkdirSync(STATE_DIR, { recursive: true });
  await mustRun(findBinary('redis-server'), [
    '--daemonize',
    'yes',
    '--bind',
    '127.0.0.1',
    '--port',
    String(port),
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    STATE_DIR,
    '--logfile',
    join(STATE_DIR, 'redis.log'),
  ]);
}

async function startNats({ port }) {
  const storeDir = join(STATE_DIR, 'nats');
  mkdirSync(storeDir, { recursive: true });
  const logFile = openSync(join(STATE_DIR, 'nats.log'), 'a');
  const child = spawn(
    findBinary('nats-server'),
    ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir],
    {
      detached: true,
      stdio: ['ignore', logFile, logFile],
    },
  );
  child.unref();
}

export async function aptInstall(packages) {
  if (!commandExists('apt-get'))
    throw new Error(`install ${packages.join(' ')} with your package manager`);
  step(`installing ${packages.join(' ')} with apt`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const [updateCommand, updateArgs] = asRoot('apt-get', ['update']);
  await mustRun(updateCommand, updateArgs, { env });
  const [installCommand, installArgs] = asRoot('apt-get', [
    'install',
    '-y',
    '--no-install-recommends',
    ...packages,
  ]);
  await mustRun(installCommand, installArgs, { env });
}

async function ensureService(service, env) {
  const endpoint = endpointOf(env[service.variable], service.defaultPort);
  if (await isPortOpen(endpoint)) return 'running';
  if (!isLocalHost(endpoint.host)) {
    throw new Error(
      `${service.name} is not reachable at ${endpoint.host}:${endpoint.port} (${service.variable}).`,
    );
  }
  let how;
  if (service.isInstalled()) {
    step(`starting the installed ${service.name} on port ${endpoint.port}`);
    await service.start(endpoint);
    how = 'started';
  } else if (dockerEngineAvailable()) {
    step(`starting ${service.name} with docker compose`);
    await mustRun('docker', ['compose', 'up', '-d', service.composeService], { cwd: ROOT });
    how = 'started with docker compose';
  } else {
    await aptInstall(service.aptPackages);
    if (!(await isPortOpen(endpoint))) await service.start(endpoint);
    how = 'installed and started';
  }
  if (!(await waitForPort(endpoint, 30000))) {
    throw new Error(
      `${service.name} did not come up on ${endpoint.host}:${endpoint.port} (${service.variable}).`,
    );
  }
  return how;
}

export async function ensureServices(env) {
  for (const service of SERVICES) {
    const how = await ensureService(service, env);
    step(`${service.name}: ${how}`);
  }
  if (!isRoot && !commandExists('sudo'))
    warn('not root and no sudo: installing missing services would fail');
}

export { SERVICES };
