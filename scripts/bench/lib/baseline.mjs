// The same-run baselines of the gateway benchmark (bench/baseline): compiled
// with the repository's TypeScript and tsconfig.base.json into a temporary
// folder. The Nest floor, started here, runs as two processes, a Nest-on-Fastify
// app and a Nest NATS microservice answering a constant; the same-work baseline
// (src/same-work) is started by same-work-baseline.mjs.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../lib/env.mjs';
import { mustRun } from '../../lib/exec.mjs';
import { waitFor200 } from './tally.mjs';

export const BASELINE_PATH = '/baseline';

/** Compiles bench/baseline into dir; returns the folder holding the .js files. */
export async function compileBaseline(dir) {
  const out = join(dir, 'baseline');
  mkdirSync(out, { recursive: true });
  // The output sits outside the repository: make it an ES module package that
  // finds the repository's dependencies.
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  symlinkSync(join(ROOT, 'node_modules'), join(out, 'node_modules'), 'dir');
  await mustRun(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      join(ROOT, 'bench', 'baseline', 'tsconfig.json'),
      '--outDir',
      out,
    ],
    { cwd: ROOT },
  );
  return out;
}

export async function startBaseline(children, out, env) {
  children.start('baseline-service', process.execPath, [join(out, 'constant-service.js')], {
    cwd: out,
    env,
  });
  children.start('baseline-http', process.execPath, [join(out, 'http-app.js')], { cwd: out, env });
  const url = `http://127.0.0.1:${env.BASELINE_PORT}${BASELINE_PATH}`;
  await waitFor200(children, url, 30000);
  return url;
}
