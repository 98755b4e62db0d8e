import { freePort, waitFor } from '@tally/testing';
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

// The gateway runs as its own process here: Bull Board's UI modules keep a
// jest worker alive once loaded, and the built gateway is what operators run.
const MAIN = join(__dirname, '..', 'dist', 'main.js');
const TOKEN = 'operator-token-for-the-queue-board-test-0123456789';
const basic = (password: string) =>
  `Basic ${Buffer.from(`operator:${password}`).toString('base64')}`;

async function startGateway(extra: Record<string, string>): Promise<{
  url: string;
  child: ChildProcess;
}> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...extra },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    () =>
      fetch(`${url}/health/live`).then(
        (response) => response.ok,
        () => false,
      ),
    Boolean,
    { timeoutMs: 20000 },
  );
  return { url, child };
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

describe('the queue board at /admin/queues', () => {
  let gateway: { url: string; child: ChildProcess };

  beforeAll(async () => {
    gateway = await startGateway({ OPERATOR_TOKEN: TOKEN });
  });

  afterAll(() => stop(gateway?.child));

  it('asks for the operator token', async () => {
    const response = await fetch(`${gateway.url}/admin/queues`);

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('Basic realm="Tally operators"');
    expect(await response.text()).not.toContain('creator-sync');
  });

  it('refuses a wrong token, on the UI and on its API', async () => {
    for (const path of ['/admin/queues', '/admin/queues/api/queues']) {
      const response = await fetch(`${gateway.url}${path}`, {
        headers: { authorization: basic('not-the-token') },
      });
      expect(response.status).toBe(401);
    }
  });

  it('shows the board and the sync and revocation queues to the operator', async () => {
    const headers = { authorization: basic(TOKEN) };
    const page = await fetch(`${gateway.url}/admin/queues`, { headers });
    const queues = await fetch(`${gateway.url}/admin/queues/api/queues`, { headers });

    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(queues.status).toBe(200);
    const body = (await queues.json()) as { queues: { name: string }[] };
    expect(body.queues.map((queue) => queue.name)).toEqual([
      'creator-sync',
      'creator-revocations',
      'webhook-deliveries',
    ]);
  });
});

describe('without an operator token or account', () => {
  it('serves no queue board at all', async () => {
    const gateway = await startGateway({ OPERATOR_TOKEN: '', OPERATOR_ACCOUNT_ID: '' });
    try {
      const response = await fetch(`${gateway.url}/admin/queues`);
      expect(response.status).toBe(404);
    } finally {
      await stop(gateway.child);
    }
  });
});
