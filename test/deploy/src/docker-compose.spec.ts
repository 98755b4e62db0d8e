import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { declaredVariables, isSecretVariable } from './k8s/env-example.js';
import { REPOSITORY_ROOT } from './k8s/render-overlay.js';

interface ComposeService {
  image?: string;
  command?: string[] | string;
  container_name?: string;
  ports?: string[];
  volumes?: string[];
  env_file?: (string | { path: string; required?: boolean })[];
  environment?: Record<string, string | number | boolean | null>;
  depends_on?: Record<string, { condition?: string }>;
  healthcheck?: { test?: string[] };
  deploy?: { replicas?: number | string };
}

interface ComposeFile {
  services: Record<string, ComposeService>;
}

const COMPOSE_PATH = join(REPOSITORY_ROOT, 'docker-compose.yml');
const composeText = readFileSync(COMPOSE_PATH, 'utf8');
const compose = parse(composeText, { merge: true }) as ComposeFile;

const APPS = ['gateway', 'identity', 'creators', 'webhooks', 'sync-worker'] as const;
type App = (typeof APPS)[number];
const SANDBOX = 'platform-sandbox';
/** Services that get .env through env_file: the apps, and the sandbox. */
const ENV_FILE_SERVICES = [...APPS, SANDBOX];
const DATA_STORES = ['postgres', 'redis', 'nats'];
/** Apps that run as several replicas of one service, with `--scale`. */
const SCALED_APPS: App[] = ['identity', 'creators', 'webhooks', 'sync-worker'];

/**
 * Which app reads each secret a deployment may hold. A data store's password
 * is read by no app: it reaches them inside DATABASE_URL, REDIS_URL or NATS_URL.
 */
const SECRET_READERS: Record<string, readonly string[]> = {
  DATABASE_URL: ['identity', 'creators', 'webhooks', 'sync-worker'],
  REDIS_URL: APPS,
  NATS_URL: APPS,
  KEY_HASH_SECRET: ['identity'],
  SIGNING_KEY_ENCRYPTION_KEY: ['identity'],
  SIGNING_KEY_ENCRYPTION_PREVIOUS_KEYS: ['identity'],
  MAIL_USER: ['identity'],
  MAIL_PASSWORD: ['identity'],
  CURSOR_SECRET: ['gateway'],
  OPERATOR_TOKEN: ['gateway'],
  TOKEN_ENCRYPTION_KEY: ['creators', 'webhooks', 'sync-worker'],
  TOKEN_ENCRYPTION_PREVIOUS_KEYS: ['creators', 'webhooks', 'sync-worker'],
  TIKTOK_CLIENT_SECRET: ['creators', 'sync-worker'],
  INSTAGRAM_APP_SECRET: ['creators', 'sync-worker'],
  GOOGLE_CLIENT_SECRET: ['creators', 'sync-worker'],
  YOUTUBE_API_KEY: ['creators', 'sync-worker'],
  // npm start's and npm test's, never a deployed app's.
  TEST_DATABASE_URL: [],
  DEMO_PASSWORD: [],
  // The data stores' own: they reach the apps only inside the addresses above.
  POSTGRES_PASSWORD: [],
  REDIS_PASSWORD: [],
  NATS_GATEWAY_PASSWORD: [],
  NATS_IDENTITY_PASSWORD: [],
  NATS_CREATORS_PASSWORD: [],
  NATS_SYNC_WORKER_PASSWORD: [],
  NATS_WEBHOOKS_PASSWORD: [],
};
const SECRETS = Object.keys(SECRET_READERS);
/** Named like secrets, and not: browser origins allowed to send secret keys. */
const NAMED_LIKE_SECRETS = ['SECRET_KEY_ALLOWED_ORIGINS'];

/** Each app's NATS user's password, as deploy/nats/nats-server.conf names it. */
function natsPasswordOf(app: string): string {
  return `NATS_${app.toUpperCase().replace(/-/g, '_')}_PASSWORD`;
}

/** The data-store passwords an app's addresses carry. */
function storePasswordsOf(app: App): string[] {
  return [
    natsPasswordOf(app),
    ...(readsSecret(app, 'DATABASE_URL') ? ['POSTGRES_PASSWORD'] : []),
    ...(readsSecret(app, 'REDIS_URL') ? ['REDIS_PASSWORD'] : []),
  ];
}

function readsSecret(service: string, secret: string): boolean {
  return (SECRET_READERS[secret] ?? []).includes(service);
}

/** The variables a compose value interpolates (`${NAME}`, `${NAME:-default}`, `$NAME`; not `$$`). */
function interpolated(value: unknown): string[] {
  return [...String(value).matchAll(/(?<!\$)\$(?:\{([A-Za-z_]\w*)|([A-Za-z_]\w*))/g)].map(
    (match) => match[1] ?? match[2] ?? '',
  );
}

function environmentOf(service: string): Record<string, string> {
  const environment = compose.services[service]?.environment ?? {};
  return Object.fromEntries(
    Object.entries(environment).map(([name, value]) => [name, String(value ?? '')]),
  );
}

function interpolatedBy(service: string): Set<string> {
  return new Set(
    Object.values(compose.services[service] ?? {}).flatMap((value) =>
      interpolated(JSON.stringify(value)),
    ),
  );
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every lib file that declares an env schema (`export const fooEnvSchema = ...`), by schema name. */
const LIB_SCHEMA_FILES: Map<string, string> = new Map(
  readdirSync(join(REPOSITORY_ROOT, 'libs')).flatMap((lib) =>
    tsFiles(join(REPOSITORY_ROOT, 'libs', lib, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/export const (\w+EnvSchema)\b/g)].map(
        (match) => [match[1] ?? '', file] as const,
      ),
    ),
  ),
);

/**
 * The text of an app's configuration: its config files (`src/config/`,
 * `*.config.ts`), and the lib files declaring the env schemas they extend (a
 * schema the app declares itself, under a lib's name, is its own).
 */
function configText(app: string): string {
  const own = tsFiles(join(REPOSITORY_ROOT, 'apps', app, 'src')).filter(
    (file) => file.includes(`${sep}src${sep}config${sep}`) || file.endsWith('.config.ts'),
  );
  const ownSchemas = new Set(
    own.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/const (\w+EnvSchema)\b/g)].map((m) => m[1]),
    ),
  );
  const files = new Set(own);
  const pending = [...own];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    for (const [, schema] of readFileSync(file, 'utf8').matchAll(/\b(\w+EnvSchema)\b/g)) {
      if (ownSchemas.has(schema)) continue;
      const declaredIn = LIB_SCHEMA_FILES.get(schema ?? '');
      if (declaredIn && !files.has(declaredIn)) {
        files.add(declaredIn);
        pending.push(declaredIn);
      }
    }
  }
  return [...files].map((file) => readFileSync(file, 'utf8')).join('\n');
}

function namesVariable(text: string, name: string): boolean {
  return new RegExp(`\\b${name}\\b`).test(text);
}

describe('docker-compose.yml', () => {
  describe('the secrets table this spec checks against', () => {
    it("lists every secret .env.example declares (the sandbox's development credentials aside)", () => {
      const undeclared = [...declaredVariables()].filter(
        (name) =>
          isSecretVariable(name) &&
          !NAMED_LIKE_SECRETS.includes(name) &&
          !name.includes('_SANDBOX_') &&
          !(name in SECRET_READERS),
      );

      expect(undeclared).toEqual([]);
    });

    it('gives each secret to exactly the apps whose configuration reads it', () => {
      const configs = new Map(ENV_FILE_SERVICES.map((app) => [app, configText(app)]));
      const wrong = SECRETS.flatMap((secret) =>
        ENV_FILE_SERVICES.filter(
          (app) => namesVariable(configs.get(app) ?? '', secret) !== readsSecret(app, secret),
        ).map((app) =>
          readsSecret(app, secret)
            ? `${app} does not read ${secret}`
            : `${app} reads ${secret}, not in its list`,
        ),
      );

      expect(wrong).toEqual([]);
    });
  });

  describe('settings and secrets', () => {
    it('gives every app (and the sandbox) the optional .env, and no other file', () => {
      const problems = ENV_FILE_SERVICES.filter(
        (service) =>
          JSON.stringify(compose.services[service]?.env_file) !==
          JSON.stringify([{ path: '.env', required: false }]),
      );

      expect(problems).toEqual([]);
    });

    it("sets each app's own secrets from .env and blanks every other one .env would give it", () => {
      const problems = ENV_FILE_SERVICES.flatMap((service) => {
        const environment = environmentOf(service);
        return SECRETS.flatMap((secret) => {
          const value = environment[secret];
          if (!readsSecret(service, secret)) {
            return value === '' ? [] : [`${service}: ${secret} is not withheld (${value})`];
          }
          if (['DATABASE_URL', 'REDIS_URL', 'NATS_URL'].includes(secret)) return [];
          return value?.startsWith(`\${${secret}:-`) ? [] : [`${service}: ${secret} is ${value}`];
        });
      });

      expect(problems).toEqual([]);
    });

    it('writes into no app a secret or a data-store password that is not its own', () => {
      const storePasswords = new Set(APPS.flatMap((app) => storePasswordsOf(app)));
      const problems = APPS.flatMap((app) => {
        const own = new Set(storePasswordsOf(app));
        return [...interpolatedBy(app)]
          .filter((name) =>
            storePasswords.has(name)
              ? !own.has(name)
              : name in SECRET_READERS && !readsSecret(app, name),
          )
          .map((name) => `${app} interpolates ${name}`);
      });

      expect(problems).toEqual([]);
    });

    it('connects each app to NATS as its own user, with its own password', () => {
      const urls = APPS.map((app) => environmentOf(app).NATS_URL);

      expect(urls).toEqual(
        APPS.map((app) => `nats://${app}:\${${natsPasswordOf(app)}:-}@nats:4222`),
      );
    });

    it('gives the nats container every app user of nats-server.conf, and each password one app', () => {
      const conf = readFileSync(
        join(REPOSITORY_ROOT, 'deploy', 'nats', 'nats-server.conf'),
        'utf8',
      );
      const inConf = new Set([...conf.matchAll(/\$(NATS_[A-Z_]+_PASSWORD)/g)].map((m) => m[1]));

      expect([...interpolatedBy('nats')].sort()).toEqual([...inConf].sort());
      expect(APPS.map(natsPasswordOf).sort()).toEqual([...inConf].sort());
    });

    it("takes Postgres' password from the environment, in the server and in every DATABASE_URL", () => {
      const readers = APPS.filter((app) => readsSecret(app, 'DATABASE_URL'));

      expect(environmentOf('postgres').POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:-/);
      expect(readers.map((app) => environmentOf(app).DATABASE_URL)).toEqual(
        readers.map(() => 'postgres://tally:${POSTGRES_PASSWORD:-}@postgres:5432/tally'),
      );
      expect(composeText).not.toContain('tally:tally');
    });

    it("gives Redis' password to the redis container and, in REDIS_URL, to every app", () => {
      expect(environmentOf('redis').REDIS_PASSWORD).toBe('${REDIS_PASSWORD:-}');
      expect(APPS.map((app) => environmentOf(app).REDIS_URL)).toEqual(
        APPS.map(() => 'redis://tally:${REDIS_PASSWORD:-}@redis:6379'),
      );
    });

    it("gives each data store only its own passwords, and none of .env's other settings", () => {
      const expected: Record<string, string[]> = {
        postgres: ['POSTGRES_PASSWORD'],
        redis: ['REDIS_PASSWORD'],
        nats: APPS.map(natsPasswordOf),
      };
      const problems = DATA_STORES.flatMap((store) => [
        ...(compose.services[store]?.env_file ? [`${store} has an env_file`] : []),
        ...[...interpolatedBy(store)]
          .filter((name) => !expected[store]?.includes(name))
          .map((name) => `${store} interpolates ${name}`),
      ]);

      expect(problems).toEqual([]);
    });

    it('runs every app in production, whatever .env says for npm start', () => {
      expect(APPS.map((app) => environmentOf(app).NODE_ENV)).toEqual(APPS.map(() => 'production'));
    });

    it("reaches the gateway's queue board switch: OPERATOR_TOKEN and OPERATOR_ACCOUNT_ID", () => {
      const gateway = environmentOf('gateway');
      const config = configText('gateway');

      expect(gateway.OPERATOR_TOKEN).toBe('${OPERATOR_TOKEN:-}');
      expect(gateway.OPERATOR_ACCOUNT_ID).toBe('${OPERATOR_ACCOUNT_ID:-}');
      expect(namesVariable(config, 'OPERATOR_TOKEN')).toBe(true);
      expect(namesVariable(config, 'OPERATOR_ACCOUNT_ID')).toBe(true);
    });

    it('documents in .env.example every variable it interpolates', () => {
      const declared = declaredVariables();
      const used = new Set(
        Object.keys(compose.services).flatMap((name) => [...interpolatedBy(name)]),
      );

      expect([...used].filter((name) => !declared.has(name))).toEqual([]);
    });
  });

  describe('scaling', () => {
    it('names no container, so that any service can be scaled', () => {
      const named = Object.entries(compose.services)
        .filter(([, service]) => service.container_name !== undefined)
        .map(([name]) => name);

      expect(named).toEqual([]);
    });

    it('publishes no port of the apps that scale with --scale (sync-worker=4)', () => {
      const published = SCALED_APPS.filter((app) => compose.services[app]?.ports?.length);

      expect(published).toEqual([]);
    });

    it('runs SYNC_WORKER_REPLICAS sync workers unless --scale says otherwise', () => {
      expect(compose.services['sync-worker']?.deploy?.replicas).toBe('${SYNC_WORKER_REPLICAS:-1}');
    });

    it("keeps the gateway's metrics port unpublished", () => {
      expect(compose.services.gateway?.ports).toEqual(['${GATEWAY_PUBLISH:-3000}:3000']);
    });
  });

  describe('what the compose file already did', () => {
    it('checks the health of every service', () => {
      const unchecked = Object.entries(compose.services)
        .filter(([, service]) => !service.healthcheck?.test?.length)
        .map(([name]) => name);

      expect(unchecked).toEqual([]);
    });

    it('starts every app once the data stores it needs are healthy', () => {
      const problems = APPS.flatMap((app) => {
        const dependsOn = compose.services[app]?.depends_on ?? {};
        return [
          ...DATA_STORES.filter((store) => !(store in dependsOn)).map((store) => `no ${store}`),
          ...Object.entries(dependsOn)
            .filter(([, dependency]) => dependency.condition !== 'service_healthy')
            .map(([name]) => `${name} without service_healthy`),
        ].map((problem) => `${app}: ${problem}`);
      });

      expect(problems).toEqual([]);
    });

    it('runs NATS with JetStream and the users of deploy/nats, and Redis with the ACL user tally', () => {
      const nats = compose.services.nats;
      const redis = compose.services.redis;

      expect(nats?.command).toEqual(
        expect.arrayContaining(['/etc/tally/nats/start-nats.sh', '-js']),
      );
      expect(nats?.volumes).toContain('./deploy/nats:/etc/tally/nats:ro');
      expect(JSON.stringify(redis?.command)).toContain('--user tally on');
    });

    it('keeps the platform sandbox, for development', () => {
      expect(compose.services[SANDBOX]?.ports).toEqual(['127.0.0.1:4500:4500']);
      expect(environmentOf('creators').TIKTOK_SANDBOX_URL).toBe('http://platform-sandbox:4500');
      expect(environmentOf('sync-worker').TIKTOK_SANDBOX_URL).toBe('http://platform-sandbox:4500');
    });
  });

  describe('docker compose config', () => {
    const docker = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
    const hasCompose = !docker.error && docker.status === 0;
    if (!hasCompose) {
      console.warn(
        `Skipping \`docker compose config\`: the docker compose plugin is not installed here (${relative(REPOSITORY_ROOT, COMPOSE_PATH)} is still parsed above).`,
      );
    }

    (hasCompose ? it : it.skip)('accepts the file', () => {
      const result = spawnSync(
        'docker',
        ['compose', '-f', COMPOSE_PATH, '--env-file', '/dev/null', 'config', '--quiet'],
        { encoding: 'utf8' },
      );

      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    });
  });
});
