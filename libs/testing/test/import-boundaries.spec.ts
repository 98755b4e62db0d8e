import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

interface Finding {
  ruleId: string | null;
  message: string;
}

// ESLint and the repository's flat config are ES modules: lint in a Node process of their own.
const LINT_SNIPPET = `
import { ESLint } from 'eslint';
const { filePath, code } = JSON.parse(process.env.SNIPPET);
const [result] = await new ESLint({ cwd: process.cwd() }).lintText(code, { filePath });
process.stdout.write(JSON.stringify(result.messages.map(({ ruleId, message }) => ({ ruleId, message }))));
`;

/** What the repository's ESLint config says about `code` if it were the file at `path`. */
function boundaryFindings(path: string, code: string): Finding[] {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', LINT_SNIPPET], {
    cwd: ROOT,
    env: { ...process.env, SNIPPET: JSON.stringify({ filePath: join(ROOT, path), code }) },
    encoding: 'utf8',
  });
  return (JSON.parse(output) as Finding[]).filter(
    (finding) => finding.ruleId === 'tally/import-boundaries',
  );
}

describe('the import-boundaries lint rule', () => {
  it("refuses an app's relative import of another app's files", () => {
    const findings = boundaryFindings(
      'apps/identity/src/keys/example.ts',
      "export { GatewayModule } from '../../../gateway/src/gateway.module.js';\n",
    );

    expect(findings).toEqual([
      {
        ruleId: 'tally/import-boundaries',
        message:
          "apps/identity may not import apps/gateway's files ('../../../gateway/src/gateway.module.js'): move what both need into a lib (libs/testing for test helpers)",
      },
    ]);
  });

  it("refuses it in an app's tests too, and by package name", () => {
    const findings = boundaryFindings(
      'apps/creators/test/example.spec.ts',
      "import { buildSandbox } from '../../platform-sandbox/src/sandbox.app.js';\nimport '@tally/gateway';\nexport { buildSandbox };\n",
    );

    expect(findings.map((finding) => finding.message)).toEqual([
      expect.stringContaining("apps/creators may not import apps/platform-sandbox's files"),
      expect.stringContaining(
        "apps/creators may not import apps/gateway's files ('@tally/gateway')",
      ),
    ]);
  });

  it('refuses a lib importing an app', () => {
    const findings = boundaryFindings(
      'libs/contracts/src/example.ts',
      "export type { GatewayConfig } from '../../../apps/gateway/src/config/gateway.config.js';\n",
    );

    expect(findings.map((finding) => finding.message)).toEqual([
      "libs/contracts may not import apps/gateway ('../../../apps/gateway/src/config/gateway.config.js'): a lib never imports an app",
    ]);
  });

  it('lets an app import its own files, even a folder named like another app, and the libs', () => {
    const findings = boundaryFindings(
      'apps/gateway/src/example.ts',
      "import { CreatorsClient } from './creators/creators.client.js';\nimport { SandboxAdmin } from '@tally/testing';\nimport '@tally/creators-data';\nexport { CreatorsClient, SandboxAdmin };\n",
    );

    expect(findings).toEqual([]);
  });
});
