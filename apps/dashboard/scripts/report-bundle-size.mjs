// Prints what the first page loads (index.html's scripts, module preloads and
// styles), gzipped, and fails the build when it passes the budget.
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 250 * 1024;
const dist = resolve(import.meta.dirname, '../dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
  (match) => match[1],
);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let total = 0;
const lines = assets.map((asset) => {
  const content = readFileSync(join(dist, asset));
  const gzipped = gzipSync(content, { level: 9 }).length;
  total += gzipped;
  return `  ${asset}  ${kb(statSync(join(dist, asset)).size)} raw, ${kb(gzipped)} gzipped`;
});
const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
process.stdout.write(
  [
    'Dashboard first page (JavaScript + CSS):',
    ...lines,
    `  total ${kb(total)} gzipped: ${verdict} the ${kb(BUDGET_BYTES)} budget`,
    '',
  ].join('\n'),
);
if (total > BUDGET_BYTES) process.exit(1);
