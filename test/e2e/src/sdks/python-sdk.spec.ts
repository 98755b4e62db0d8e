import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { bearer, createKey, signUp } from '../accounts.js';
import { CreatorsApi, dataOf } from '../creators/creators-api.js';
import { Platform } from '../platform.js';

const REPOSITORY_ROOT = join(__dirname, '..', '..', '..', '..');
const PYTHON = process.env.PYTHON ?? 'python3';
/** What a failed test shows of the Python output: its end is what matters. */
const KEPT_OUTPUT_CHARS = 64 * 1024;
/** The sandbox's TikTok creators the account connects: more than one page of two. */
const CREATORS = ['maya.bakes', 'leo.lifts', 'ines.travels'];
/**
 * The development pool of every account: a few requests per window, so that
 * the rate-limited key meets a 429 soon; production keys keep the default pool.
 */
const DEVELOPMENT_POOL = '2/3s';

interface PythonRun {
  code: number | null;
  output: string;
}

/** Runs `python3 <args>` in the repository with sdks/python importable; never rejects on a failing exit. */
function runPython(args: string[], env: Record<string, string>): Promise<PythonRun> {
  return new Promise((resolve, reject) => {
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('TALLY_')),
    );
    const child = spawn(PYTHON, args, {
      cwd: REPOSITORY_ROOT,
      env: {
        ...inherited,
        PYTHONPATH: join(REPOSITORY_ROOT, 'sdks', 'python'),
        PYTHONDONTWRITEBYTECODE: '1',
        PYTHONUNBUFFERED: '1',
        // The gateway is on loopback: a proxy from the shell must not carry the requests.
        NO_PROXY: '127.0.0.1,localhost',
        no_proxy: '127.0.0.1,localhost',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-KEPT_OUTPUT_CHARS);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

function expectSuccess(run: PythonRun, what: string): void {
  if (run.code !== 0) throw new Error(`${what} exited with ${run.code}:\n${run.output}`);
  expect(run.output).toMatch(/\nOK\b/);
}

describe('the Python client library (sdks/python)', () => {
  it('passes its offline unit tests (models up to date, retries, pages, errors, webhooks)', async () => {
    const run = await runPython(
      ['-m', 'unittest', 'discover', '-s', 'sdks/python/tests', '-t', 'sdks/python', '-v'],
      {},
    );

    expectSuccess(run, 'python3 -m unittest discover');
  }, 120_000);

  describe('against the running stack', () => {
    let platform: Platform;
    const env: Record<string, string> = {};

    beforeAll(async () => {
      platform = await Platform.start(
        { RATE_LIMIT_DEVELOPMENT: DEVELOPMENT_POOL },
        { sandbox: true },
      );
      const owner = await signUp(platform);
      const admin = await createKey(platform, owner, { name: 'python sdk admin' });
      const rateLimited = await createKey(platform, owner, {
        name: 'python sdk rate-limited',
        environment: 'development',
        roles: ['read-only'],
      });
      const client = await dataOf<{ clientId: string; clientSecret: string }>(
        await platform.send('POST', '/api/v1/oauth-clients', {
          headers: bearer(admin.key),
          body: { name: 'python sdk', roles: ['read-only'], environment: 'production' },
        }),
        201,
      );
      const api = new CreatorsApi(platform, bearer(admin.key));
      const creators: { id: string; videos: number }[] = [];
      for (const login of CREATORS) {
        const id = await api.connectAndSync(login);
        creators.push({ id, videos: (await api.syncStatus(id)).videos ?? 0 });
      }
      Object.assign(env, {
        TALLY_BASE_URL: platform.gatewayUrl,
        TALLY_API_KEY: admin.key,
        TALLY_CLIENT_ID: client.clientId,
        TALLY_CLIENT_SECRET: client.clientSecret,
        TALLY_RATE_LIMITED_KEY: rateLimited.key,
        TALLY_CREATORS: JSON.stringify(creators),
      });
    }, 120_000);

    afterAll(async () => {
      await platform?.stop();
    });

    it('signs in with a key and with client credentials, pages, creates and revokes a key, reads videos, waits out a 429 and raises TallyError for a 404 and a 403', async () => {
      const run = await runPython(['-m', 'unittest', 'tests.integration.test_live', '-v'], env);

      expectSuccess(run, 'python3 -m unittest tests.integration.test_live');
      expect(run.output).not.toMatch(/skipped/);
    }, 120_000);
  });
});
