import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseApiKey } from '@tally/contracts';
import { Client } from 'pg';

const CLI = join(__dirname, '..', 'dist', 'cli', 'main.js');

interface BootstrapOutput {
  accountId: string;
  apiKey: string;
  expiresAt: string;
  reused: boolean;
  revokedKeyIds: string[];
}

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

// Each case runs the CLI two or three times, each a process that boots the
// identity module and hashes a password: slow on a loaded machine.
jest.setTimeout(120_000);

describe('npm run cli -- bootstrap', () => {
  let folder: string;
  let database: Client;

  beforeAll(async () => {
    database = new Client({ connectionString: process.env.DATABASE_URL });
    await database.connect();
  });

  afterAll(async () => {
    await database.end();
  });

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'tally-bootstrap-'));
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  async function bootstrap(email: string, keyFile?: string): Promise<BootstrapOutput> {
    const args = ['bootstrap', '--email', email, '--password', 'a-long-demo-password'];
    const extra = keyFile ? ['--key-file', keyFile] : [];
    const { code, stdout, stderr } = await runCli([
      ...args,
      '--account',
      'Demo',
      ...extra,
      '--json',
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    return JSON.parse(stdout) as BootstrapOutput;
  }

  async function activeBootstrapKeys(accountId: string): Promise<string[]> {
    const { rows } = await database.query<{ id: string }>(
      `SELECT id FROM identity.api_keys
       WHERE account_id = $1 AND name = 'Bootstrap admin key' AND revoked_at IS NULL`,
      [accountId],
    );
    return rows.map((row) => row.id);
  }

  it('hands out the kept key again instead of minting another full-access key', async () => {
    const email = `demo-${randomUUID()}@example.com`;
    const keyFile = join(folder, '.tally', 'demo-admin-key.json');

    const first = await bootstrap(email, keyFile);
    const second = await bootstrap(email, keyFile);

    expect(first.reused).toBe(false);
    expect(second).toMatchObject({ reused: true, apiKey: first.apiKey, revokedKeyIds: [] });
    expect(await activeBootstrapKeys(first.accountId)).toHaveLength(1);
  });

  it('keeps the key readable by its user alone', async () => {
    const keyFile = join(folder, 'kept', 'demo-admin-key.json');

    const result = await bootstrap(`demo-${randomUUID()}@example.com`, keyFile);

    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(statSync(join(folder, 'kept')).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(keyFile, 'utf8'))).toEqual({
      accountId: result.accountId,
      apiKey: result.apiKey,
      expiresAt: result.expiresAt,
    });
  });

  it('revokes the earlier bootstrap keys when it issues a kept key', async () => {
    const email = `demo-${randomUUID()}@example.com`;
    const earlier = [await bootstrap(email), await bootstrap(email)];

    const kept = await bootstrap(email, join(folder, 'demo-admin-key.json'));

    expect(kept.revokedKeyIds).toHaveLength(2);
    expect(await activeBootstrapKeys(kept.accountId)).toHaveLength(1);
    expect(earlier.map((result) => result.apiKey)).not.toContain(kept.apiKey);
  });

  it('replaces a kept key that has been revoked', async () => {
    const email = `demo-${randomUUID()}@example.com`;
    const keyFile = join(folder, 'demo-admin-key.json');
    const kept = await bootstrap(email, keyFile);
    await database.query(
      'UPDATE identity.api_keys SET revoked_at = now() WHERE account_id = $1 AND start = $2',
      [kept.accountId, parseApiKey(kept.apiKey)?.start],
    );

    const replaced = await bootstrap(email, keyFile);

    expect(replaced).toMatchObject({ reused: false, revokedKeyIds: [] });
    expect(replaced.apiKey).not.toBe(kept.apiKey);
    expect(await activeBootstrapKeys(kept.accountId)).toHaveLength(1);
    expect(JSON.parse(readFileSync(keyFile, 'utf8')).apiKey).toBe(replaced.apiKey);
  });

  it('replaces a kept key that expires within a day', async () => {
    const email = `demo-${randomUUID()}@example.com`;
    const keyFile = join(folder, 'demo-admin-key.json');
    const kept = await bootstrap(email, keyFile);
    await database.query(
      `UPDATE identity.api_keys SET expires_at = now() + interval '2 hours'
       WHERE account_id = $1 AND revoked_at IS NULL`,
      [kept.accountId],
    );

    const replaced = await bootstrap(email, keyFile);

    expect(replaced).toMatchObject({ reused: false, revokedKeyIds: [expect.any(String)] });
    expect(await activeBootstrapKeys(kept.accountId)).toHaveLength(1);
  });

  it('mints a new key when the file holds something else', async () => {
    const email = `demo-${randomUUID()}@example.com`;
    const keyFile = join(folder, 'demo-admin-key.json');
    writeFileSync(keyFile, 'not json');

    const result = await bootstrap(email, keyFile);

    expect(result.reused).toBe(false);
    expect(existsSync(keyFile)).toBe(true);
  });
});
