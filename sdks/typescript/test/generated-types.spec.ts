import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const PACKAGE_DIR = join(__dirname, '..');
const COMMITTED = join(PACKAGE_DIR, 'src', 'generated', 'openapi.ts');

describe('the generated types', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tally-sdk-types-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('are what openapi/openapi.json gives today', async () => {
    const fresh = join(dir, 'openapi.ts');
    await promisify(execFile)(process.execPath, ['scripts/generate.mjs', '--out', fresh], {
      cwd: PACKAGE_DIR,
    });

    const committed = await readFile(COMMITTED, 'utf8');
    const regenerated = await readFile(fresh, 'utf8');

    if (committed !== regenerated)
      throw new Error(
        'sdks/typescript/src/generated/openapi.ts differs from what openapi/openapi.json gives: ' +
          'run `npm run generate -w @tally/sdk` (or `npm run build`) and commit the result',
      );
  });
});
