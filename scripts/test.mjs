// `npm test`: the same setup as `npm start` against a separate test database,
// then every package's tests through turbo (never from turbo's cache), then
// one summary of the whole suite.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { capture, run } from './lib/exec.mjs';
import { ROOT } from './lib/env.mjs';
import { staleGeneratedFiles } from './lib/generated-files.mjs';
import { color, fail, step } from './lib/log.mjs';
import { setup } from './setup.mjs';

const RESULTS_DIR = join(ROOT, 'test-results', 'jest');

function readSummaries() {
  if (!existsSync(RESULTS_DIR)) return [];
  return readdirSync(RESULTS_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(join(RESULTS_DIR, file), 'utf8')));
}

function printSummary(summaries, turboExitCode) {
  const total = (pick) => summaries.reduce((sum, summary) => sum + pick(summary), 0);
  const suites = {
    passed: total((s) => s.suites.passed),
    failed: total((s) => s.suites.failed),
    all: total((s) => s.suites.total),
  };
  const tests = {
    passed: total((s) => s.tests.passed),
    failed: total((s) => s.tests.failed),
    skipped: total((s) => s.tests.skipped),
    all: total((s) => s.tests.total),
  };
  const failures = summaries.flatMap((summary) => summary.failures);
  const lines = ['', color.bold(`Summary of ${summaries.length} packages`)];
  for (const failure of failures) lines.push(`  ${color.red('FAIL')} ${failure}`);
  if (turboExitCode !== 0 && failures.length === 0)
    lines.push(`  ${color.red('a test task failed before reporting; see its output above')}`);
  const part = (count, label, paint) => (count > 0 ? `${paint(`${count} ${label}`)}, ` : '');
  lines.push(
    `Test Suites: ${part(suites.failed, 'failed', color.red)}${part(suites.passed, 'passed', color.green)}${suites.all} total`,
    `Tests:       ${part(tests.failed, 'failed', color.red)}${part(tests.skipped, 'skipped', color.yellow)}${part(tests.passed, 'passed', color.green)}${tests.all} total`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** In CI, the committed OpenAPI document and client code must be what the build writes. */
function refuseStaleGeneratedFiles() {
  const python = capture('node', ['sdks/python/scripts/generate.mjs'], { cwd: ROOT });
  if (!python.ok) fail(`the Python client's models could not be generated: ${python.stderr}`);
  const stale = staleGeneratedFiles();
  if (stale.length > 0)
    fail(
      `the build changed generated files that are committed: ${stale.join(', ')}. Run \`npm run build\` and commit them.`,
    );
}

async function main() {
  const env = await setup({ forTests: true });
  if (process.env.CI) refuseStaleGeneratedFiles();
  rmSync(RESULTS_DIR, { recursive: true, force: true });
  step(`running the test suite on Node ${process.versions.node}`);
  const code = await run(
    'npx',
    [
      'turbo',
      'run',
      'test',
      '--env-mode=loose',
      '--concurrency=2',
      '--continue',
      ...process.argv.slice(2),
    ],
    {
      cwd: ROOT,
      env: {
        ...env,
        TEST_DATABASE_URL: env.DATABASE_URL,
        TURBO_TELEMETRY_DISABLED: '1',
        DO_NOT_TRACK: '1',
      },
    },
  );
  printSummary(readSummaries(), code);
  process.exit(code);
}

main().catch((error) => fail(error.message));
