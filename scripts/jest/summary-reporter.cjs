// Writes each package's totals to test-results/jest/<package>.json so that
// `npm test` can print one summary for the whole monorepo at the end.
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  constructor(_globalConfig, options) {
    this.packageDir = options.packageDir;
  }

  onRunComplete(_contexts, results) {
    const root = path.resolve(__dirname, '../..');
    const name = path.relative(root, this.packageDir).replace(/[\\/]/g, '-');
    const outDir = path.join(root, 'test-results', 'jest');
    fs.mkdirSync(outDir, { recursive: true });
    const failures = results.testResults
      .filter((suite) => suite.numFailingTests > 0 || suite.testExecError)
      .map((suite) => path.relative(root, suite.testFilePath));
    const summary = {
      package: name,
      suites: {
        passed: results.numPassedTestSuites,
        failed: results.numFailedTestSuites + results.numRuntimeErrorTestSuites,
        total: results.numTotalTestSuites,
      },
      tests: {
        passed: results.numPassedTests,
        failed: results.numFailedTests,
        skipped: results.numPendingTests + results.numTodoTests,
        total: results.numTotalTests,
      },
      failures,
    };
    fs.writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(summary, null, 2));
  }
}

module.exports = SummaryReporter;
