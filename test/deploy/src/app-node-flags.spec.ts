import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { REPOSITORY_ROOT } from './k8s/render-overlay.js';

const read = (...path: string[]) => readFileSync(join(REPOSITORY_ROOT, ...path), 'utf8');

/** APP_NODE_FLAGS as scripts/lib/node-flags.mjs declares them (what npm start and the benchmark pass). */
function declaredFlags(): string[] {
  const declaration = /export const APP_NODE_FLAGS = (\[[^\]]*\]);/.exec(
    read('scripts', 'lib', 'node-flags.mjs'),
  );
  if (!declaration) throw new Error('scripts/lib/node-flags.mjs no longer declares APP_NODE_FLAGS');
  return JSON.parse(declaration[1].replaceAll("'", '"')) as string[];
}

interface Container {
  name: string;
  command?: string[];
}

/** Every container of the Deployments in a folder of manifests, with the file it is in. */
function deploymentContainers(folder: string): { file: string; container: Container }[] {
  return readdirSync(join(REPOSITORY_ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('deployment.yaml'))
    .flatMap((file) =>
      parseAllDocuments(read(folder, file))
        .map((document) => document.toJSON() as { kind?: string; spec?: unknown })
        .filter((manifest) => manifest.kind === 'Deployment')
        .flatMap((manifest) => {
          const spec = manifest.spec as { template: { spec: { containers: Container[] } } };
          return spec.template.spec.containers.map((container) => ({ file, container }));
        }),
    );
}

describe('every app runs with the Node flags of scripts/lib/node-flags.mjs', () => {
  const flags = declaredFlags();

  it('declares at least the young generation size', () => {
    expect(flags).toContainEqual(expect.stringMatching(/^--max-semi-space-size=\d+$/));
  });

  it('in the Docker image', () => {
    const command = /^CMD \[.*"exec node (.*) apps\/\$\{APP\}\/dist\/main\.js"\]$/m.exec(
      read('Dockerfile'),
    );
    expect(command?.[1].split(' ')).toEqual(flags);
  });

  it.each(['deploy/k8s/base', 'deploy/k8s/overlays'])('in the Deployments under %s', (folder) => {
    const apps = deploymentContainers(folder).filter(({ container }) =>
      container.command?.some((part) => /^apps\/[a-z-]+\/dist\/main\.js$/.test(part)),
    );
    expect(apps.length).toBeGreaterThan(0);
    for (const { file, container } of apps) {
      expect({ file, command: container.command?.slice(1, -1) }).toEqual({ file, command: flags });
    }
  });

  it("in each app's own npm start", () => {
    const apps = readdirSync(join(REPOSITORY_ROOT, 'apps')).filter((app) => {
      const scripts = (
        JSON.parse(read('apps', app, 'package.json')) as { scripts?: { start?: string } }
      ).scripts;
      return scripts?.start?.includes('dist/main.js');
    });
    expect(apps).toEqual(expect.arrayContaining(['gateway', 'identity', 'creators']));
    for (const app of apps) {
      const { scripts } = JSON.parse(read('apps', app, 'package.json')) as {
        scripts: { start: string };
      };
      expect({ app, start: scripts.start }).toEqual({
        app,
        start: `node ${flags.join(' ')} dist/main.js`,
      });
    }
  });
});
