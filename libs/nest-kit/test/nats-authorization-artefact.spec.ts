import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  NATS_AUTHORIZATION_ARTEFACT,
  natsAuthorizationConfig,
} from '../src/nats/nats-authorization-config.js';

const REPOSITORY_ROOT = join(__dirname, '..', '..', '..');
const REFRESH = `run \`npm run build && node scripts/nats-config.mjs\` and commit ${NATS_AUTHORIZATION_ARTEFACT}`;

async function readCommitted(): Promise<string | undefined> {
  try {
    return await readFile(join(REPOSITORY_ROOT, NATS_AUTHORIZATION_ARTEFACT), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** What is wrong with the committed copy, said so that the reader knows what to do. */
function drift(committed: string | undefined, generated: string): string[] {
  if (committed === undefined) return [`${NATS_AUTHORIZATION_ARTEFACT} is missing: ${REFRESH}`];
  if (committed === generated) return [];
  const committedLines = committed.split('\n');
  const line = generated.split('\n').findIndex((text, index) => text !== committedLines[index]);
  return [
    `${NATS_AUTHORIZATION_ARTEFACT} is not what the declarations imply (from line ${line + 1}): ${REFRESH}`,
  ];
}

describe(`the committed NATS configuration (${NATS_AUTHORIZATION_ARTEFACT})`, () => {
  it('is what the declarations and the bus roles imply', async () => {
    expect(drift(await readCommitted(), natsAuthorizationConfig())).toEqual([]);
  });

  it('says where a stale copy starts to differ and how to refresh it', () => {
    const generated = natsAuthorizationConfig();
    const stale = generated.replace('"identity.keys.verify"\n', '');

    expect(drift(stale, generated)).toEqual([
      expect.stringMatching(
        /^deploy\/nats\/nats-server\.conf is not what .* \(from line \d+\): run /,
      ),
    ]);
  });

  it('holds no password: each comes from the server environment', () => {
    expect(natsAuthorizationConfig()).toMatch(/password = \$NATS_GATEWAY_PASSWORD\n/);
  });
});
