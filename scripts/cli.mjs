// `npm run cli -- <command> ...`: the operator CLI. Each command lives with the
// service that owns its data; this only picks the right one and passes the
// environment (shell > .env > local defaults) along.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadEnvironment, ROOT } from './lib/env.mjs';

const COMMANDS = {
  bootstrap: 'apps/identity/dist/cli/main.js',
  limits: 'apps/gateway/dist/cli/main.js',
  jobs: 'apps/sync-worker/dist/cli/main.js',
  platforms: 'apps/sync-worker/dist/cli/main.js',
};

const [command] = process.argv.slice(2);
const entry = COMMANDS[command];
if (!entry) {
  process.stderr.write(`Usage: npm run cli -- <${Object.keys(COMMANDS).join('|')}> ...\n`);
  process.exit(2);
}
if (!existsSync(join(ROOT, entry))) {
  process.stderr.write(`${entry} is not built yet; run \`npm run setup\` first.\n`);
  process.exit(1);
}
const child = spawn(process.execPath, [join(ROOT, entry), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: loadEnvironment(),
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
