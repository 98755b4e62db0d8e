// `npm start`: set everything up, then run every app and the platform sandbox
// in this terminal until Ctrl-C.
import { join } from 'node:path';
import { capture } from './lib/exec.mjs';
import { ROOT } from './lib/env.mjs';
import { color, fail, step } from './lib/log.mjs';
import { ProcessGroup } from './lib/process-group.mjs';
import { waitForPort } from './lib/net.mjs';
import { APP_NODE_FLAGS } from './lib/node-flags.mjs';
import { setup } from './setup.mjs';

const APPS = ['identity', 'creators', 'sync-worker', 'webhooks', 'gateway', 'platform-sandbox'];

async function waitForGateway(port) {
  const deadline = Date.now() + 60000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/ping`);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

// The demo admin key is kept here (mode 0600, ignored by git) and printed again
// while it is valid, so that every start does not mint another full-access key.
const DEMO_KEY_FILE = join(ROOT, '.tally', 'demo-admin-key.json');

/** The demo account's owner and its admin key, kept or new (the operator CLI's bootstrap). */
function bootstrapDemo(env) {
  const result = capture(
    process.execPath,
    [
      'apps/identity/dist/cli/main.js',
      'bootstrap',
      '--email',
      env.DEMO_EMAIL,
      '--password',
      env.DEMO_PASSWORD,
      '--account',
      'Demo',
      '--key-file',
      DEMO_KEY_FILE,
      '--json',
    ],
    { cwd: ROOT, env },
  );
  if (!result.ok) throw new Error(`could not create the demo account: ${result.stderr.trim()}`);
  return JSON.parse(result.stdout);
}

function demoKeyNote(demo) {
  const expires = `expires ${demo.expiresAt.slice(0, 10)}`;
  if (demo.reused) return `${expires}; kept in .tally/demo-admin-key.json`;
  const revoked = demo.revokedKeyIds.length;
  return revoked > 0 ? `new, ${expires}; the previous one is revoked` : `new, ${expires}`;
}

async function main() {
  const env = await setup();
  // This development run delivers webhooks to http and local addresses too (a receiver on
  // 127.0.0.1); production refuses them unless WEBHOOK_ALLOW_PRIVATE_URLS says otherwise.
  env.WEBHOOK_ALLOW_PRIVATE_URLS ??= 'true';
  step('creating the demo account');
  const demo = bootstrapDemo(env);
  const group = new ProcessGroup();
  let interrupted = false;
  const shutdown = (signal) => {
    if (interrupted) return;
    interrupted = true;
    step(`${signal}: stopping every app`);
    void group.stop(0).then((code) => process.exit(code));
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  for (const app of APPS) {
    group.start(app, process.execPath, [...APP_NODE_FLAGS, `apps/${app}/dist/main.js`], {
      cwd: ROOT,
      env,
    });
  }
  await waitForPort({ host: '127.0.0.1', port: Number(env.PORT) }, 60000);
  if (await waitForGateway(env.PORT)) {
    const base = `http://127.0.0.1:${env.PORT}`;
    process.stdout.write(
      [
        '',
        color.bold('Tally is running.'),
        `  Dashboard       ${base}/`,
        `  API             ${base}/api/v1/ping`,
        `  API docs        ${base}/docs`,
        `  Health          ${base}/health/ready`,
        `  Sandbox         http://127.0.0.1:${env.TIKTOK_SANDBOX_PORT} (TikTok, Instagram, YouTube)`,
        `  Webhooks        private and http URLs ${env.WEBHOOK_ALLOW_PRIVATE_URLS === 'true' ? 'allowed for this development run (WEBHOOK_ALLOW_PRIVATE_URLS=true)' : 'refused'}`,
        `  Demo account    ${demo.accountId} (sign in as ${env.DEMO_EMAIL} / ${env.DEMO_PASSWORD})`,
        `  Admin API key   ${color.bold(demo.apiKey)}  (full access, production, ${demoKeyNote(demo)})`,
        `  Try it          curl -H "Authorization: Bearer ${demo.apiKey}" ${base}/api/v1/users/me`,
        '  Press Ctrl-C to stop every app.',
        '',
      ].join('\n') + '\n',
    );
  } else if (!interrupted) {
    step('the gateway did not answer /api/v1/ping within a minute; see the logs above');
  }
}

main().catch((error) => fail(error.message));
