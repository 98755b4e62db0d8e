// `node scripts/with-node.mjs <major> <command...>`: runs the command with Node
// <major> first on PATH (fetched into the user's cache when this machine lacks
// it), e.g. `npm run test:node24` runs the whole suite on Node 24.
import { delimiter } from 'node:path';
import { run } from './lib/exec.mjs';
import { ROOT } from './lib/env.mjs';
import { fail, step } from './lib/log.mjs';
import { ensureNodeRuntime } from './lib/node-runtime.mjs';

const USAGE = 'usage: node scripts/with-node.mjs <major version> <command> [args...]';

async function main() {
  const [major, command, ...args] = process.argv.slice(2);
  if (!/^\d+$/.test(major ?? '') || !command) fail(USAGE);
  const bin = ensureNodeRuntime(Number(major));
  step(`running ${[command, ...args].join(' ')} on Node ${major} (${bin})`);
  const code = await run(command, args, {
    cwd: ROOT,
    env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` },
  });
  process.exit(code);
}

main().catch((error) => fail(error.message));
