// The NATS server's users and permissions, from the message declarations (build first: `npm run build`).
//   node scripts/nats-config.mjs                    writes deploy/nats/nats-server.conf (no subject prefix)
//   node scripts/nats-config.mjs --prefix eu.prod   prints the configuration for NATS_SUBJECT_PREFIX=eu.prod
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/env.mjs';
import { fail, step } from './lib/log.mjs';

const NEST_KIT_DIST = join(ROOT, 'libs/nest-kit/dist');

async function loadGenerator() {
  const generator = join(NEST_KIT_DIST, 'nats/nats-authorization-config.js');
  if (!existsSync(generator)) fail('libs/nest-kit is not built: run `npm run build` first.');
  const { natsAuthorizationConfig, NATS_AUTHORIZATION_ARTEFACT } = await import(generator);
  const { env } = await import(join(NEST_KIT_DIST, 'config/env-schemas.js'));
  return {
    natsAuthorizationConfig,
    NATS_AUTHORIZATION_ARTEFACT,
    subjectPrefix: env.subjectPrefix(),
  };
}

async function main() {
  const { values } = parseArgs({ options: { prefix: { type: 'string' } } });
  const { natsAuthorizationConfig, NATS_AUTHORIZATION_ARTEFACT, subjectPrefix } =
    await loadGenerator();
  if (values.prefix !== undefined) {
    const prefix = subjectPrefix.safeParse(values.prefix);
    if (!prefix.success) fail(`--prefix ${prefix.error.issues[0].message}`);
    process.stdout.write(natsAuthorizationConfig({ subjectPrefix: prefix.data }));
    return;
  }
  const target = join(ROOT, NATS_AUTHORIZATION_ARTEFACT);
  const text = natsAuthorizationConfig();
  if (existsSync(target) && readFileSync(target, 'utf8') === text) {
    step(`${NATS_AUTHORIZATION_ARTEFACT} is up to date`);
    return;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  step(`${NATS_AUTHORIZATION_ARTEFACT} written`);
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
