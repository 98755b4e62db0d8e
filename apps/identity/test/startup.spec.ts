import { spawn } from 'node:child_process';
import { join } from 'node:path';

const MAIN = join(__dirname, '..', 'dist', 'main.js');

function runIdentity(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH ?? '',
        // An explicit test run: production would stop first for the missing secrets.
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        IDENTITY_HEALTH_PORT: '0',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('identity start-up', () => {
  it('stops with a message naming DATABASE_URL when it is malformed', async () => {
    const { code, stderr } = await runIdentity({ DATABASE_URL: 'not-a-url' });

    expect(code).toBe(1);
    expect(stderr).toContain('DATABASE_URL: must be a URL like postgres://');
  });

  it('stops with a message naming DATABASE_URL when it is missing', async () => {
    const { code, stderr } = await runIdentity({});

    expect(code).toBe(1);
    expect(stderr).toContain('DATABASE_URL: is required');
  });

  it('stops with a message naming DATABASE_URL, without its password, when the database cannot be reached', async () => {
    const { code, stderr } = await runIdentity({
      DATABASE_URL: 'postgres://tally:s3cret@127.0.0.1:1/tally',
    });

    expect(code).toBe(1);
    expect(stderr).toContain('DATABASE_URL: cannot use the database at 127.0.0.1:1/tally');
    expect(stderr).not.toContain('s3cret');
  });
});
