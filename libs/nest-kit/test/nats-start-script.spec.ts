import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { connect, errors, type NatsConnection } from '@nats-io/transport-node';
import { freePort, waitFor } from '@tally/testing';
import { BUS_SERVICES } from '../src/nats/bus-roles.js';
import { natsPasswordVariable } from '../src/nats/nats-authorization-config.js';

const SCRIPT = join(__dirname, '..', '..', '..', 'deploy', 'nats', 'start-nats.sh');
// Where Debian puts nats-server, in case the test's PATH lacks it.
const PATH = `${process.env.PATH ?? ''}:/usr/sbin:/usr/local/sbin:/usr/local/bin`;

interface Started {
  child: ChildProcess;
  port: number;
  stderr: () => string;
}

async function startScript(passwords: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const child = spawn('sh', [SCRIPT, '-a', '127.0.0.1', '-p', String(port)], {
    env: { PATH, ...passwords },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { child, port, stderr: () => stderr };
}

async function stop({ child }: Started): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}

/** Connects once the server listens; the connection (or the server's refusal) comes back. */
async function connectWhenUp(
  port: number,
  credentials: { user?: string; pass?: string } = {},
): Promise<NatsConnection | Error> {
  const attempt = () =>
    connect({ servers: [`nats://127.0.0.1:${port}`], reconnect: false, ...credentials }).catch(
      (error: unknown) => error as Error,
    );
  return waitFor(attempt, (outcome) => !(outcome instanceof errors.ConnectionError), {
    timeoutMs: 10_000,
    intervalMs: 100,
  });
}

function allPasswords(): Record<string, string> {
  // Digits first: bare in the configuration, such a value would read as a number.
  return Object.fromEntries(BUS_SERVICES.map((service) => [natsPasswordVariable(service), '12e4']));
}

describe("deploy/nats/start-nats.sh (docker-compose.yml's nats)", () => {
  let started: Started | undefined;

  afterEach(async () => {
    if (started) await stop(started);
    started = undefined;
  });

  it('runs the users of nats-server.conf when every password is set, and refuses anonymous connections', async () => {
    started = await startScript(allPasswords());

    const anonymous = await connectWhenUp(started.port);
    const gateway = await connectWhenUp(started.port, { user: 'gateway', pass: '12e4' });

    expect(anonymous).toBeInstanceOf(errors.AuthorizationError);
    expect(gateway).not.toBeInstanceOf(Error);
    await (gateway as NatsConnection).close();
  });

  it('refuses to start when only some passwords are set, naming the missing ones', async () => {
    started = await startScript({ NATS_GATEWAY_PASSWORD: 'only-this-one' });

    const [code] = (await once(started.child, 'exit')) as [number | null];

    expect(code).toBe(1);
    expect(started.stderr()).toContain('NATS_IDENTITY_PASSWORD');
  });

  it('runs an open server, with a warning, when no password is set (development)', async () => {
    started = await startScript({});

    const anonymous = await connectWhenUp(started.port);

    expect(anonymous).not.toBeInstanceOf(Error);
    await (anonymous as NatsConnection).close();
    expect(started.stderr()).toContain('OPEN');
  });
});
