// Writes src/generated/openapi.ts from the committed OpenAPI document,
// formatted with the repository's Prettier settings. `--out <file>` writes the
// same text elsewhere: the freshness test compares such a copy with the
// committed file.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOCUMENT = resolve(packageDir, '../../openapi/openapi.json');
const TARGET = resolve(packageDir, 'src/generated/openapi.ts');

const HEADER = `// Generated from openapi/openapi.json by openapi-typescript: do not edit.
// Regenerate with \`npm run generate -w @tally/sdk\` (\`npm run build\` does it too).

`;

function outputPath(argv) {
  const at = argv.indexOf('--out');
  if (at === -1) return TARGET;
  const path = argv[at + 1];
  if (!path) throw new Error('--out needs a file');
  return resolve(path);
}

async function main() {
  const document = JSON.parse(await readFile(DOCUMENT, 'utf8'));
  const ast = await openapiTS(document, { silent: true });
  const prettierOptions = (await resolveConfig(TARGET)) ?? {};
  const text = await format(HEADER + astToString(ast), { ...prettierOptions, filepath: TARGET });
  const out = outputPath(process.argv.slice(2));
  const current = await readFile(out, 'utf8').catch(() => undefined);
  // Written only when it changed, so that its mtime means something (as openapi.json's).
  if (current === text) return;
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, text);
  process.stdout.write(`${out} written\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
