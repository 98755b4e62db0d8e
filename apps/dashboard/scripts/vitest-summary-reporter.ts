// Writes this package's totals where `npm test` collects every package's
// (test-results/jest/<package>.json, the shape the jest reporter writes), so
// that the Vitest suite counts in the one summary at the end.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

const ROOT = resolve(import.meta.dirname, '../../..');
const PACKAGE_DIR = resolve(import.meta.dirname, '..');

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    const tests = testModules.flatMap((module) => [...module.children.allTests()]);
    const count = (state: string) => tests.filter((test) => test.result().state === state).length;
    const failedModules = testModules.filter((module) => !module.ok());
    const name = relative(ROOT, PACKAGE_DIR).replace(/[\\/]/g, '-');
    const summary = {
      package: name,
      suites: {
        passed: testModules.length - failedModules.length,
        failed: failedModules.length + (unhandledErrors.length > 0 ? 1 : 0),
        total: testModules.length + (unhandledErrors.length > 0 ? 1 : 0),
      },
      tests: {
        passed: count('passed'),
        failed: count('failed'),
        skipped: count('skipped') + count('pending'),
        total: tests.length,
      },
      failures: failedModules.map((module) => relative(ROOT, module.moduleId)),
    };
    const outDir = join(ROOT, 'test-results', 'jest');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, `${name}.json`), JSON.stringify(summary, null, 2));
  }
}
