import { queueKeyPrefix, Queues } from '@tally/contracts';
import { declaredVariables, isSecretVariable } from './k8s/env-example.js';
import { envFromSources, secretsReadBy } from './k8s/env-sources.js';
import {
  type Container,
  containersOf,
  deployments,
  type LabelSelector,
  type Manifest,
  named,
  type NetworkPolicySpec,
  ofKind,
  selects,
  specOf,
  type Workload,
  workloads,
} from './k8s/manifests.js';
import { egressPorts, ingressPeersOf } from './k8s/network-policies.js';
import { checkKubectl, renderOverlay } from './k8s/render-overlay.js';

const kubectl = checkKubectl();
if (!kubectl.ok && !process.env.CI) {
  console.warn(`Skipping deploy/k8s's tests: ${kubectl.reason}. With CI set, they fail instead.`);
}
const describeWithKubectl = kubectl.ok || process.env.CI ? describe : describe.skip;

/** The apps every overlay runs as Deployments. */
const APPS = ['gateway', 'identity', 'creators', 'webhooks', 'sync-worker'];
/** NATS services that scale by replicas in their queue groups (the gateway, through its HPA). */
const REPLICATED_SERVICES = ['identity', 'creators', 'webhooks'];
/** The apps whose schema the migration Job migrates. */
const SCHEMA_OWNERS = ['identity', 'creators', 'webhooks'];
const SANDBOX = 'platform-sandbox';
const MONITORING_NAMESPACES = { matchLabels: { 'tally.dev/monitoring': 'true' } };
/** Each data store's client port, and the variable that tells an app where it is. */
const DATA_STORES = [
  { port: 5432, variable: 'DATABASE_URL' },
  { port: 4222, variable: 'NATS_URL' },
  { port: 6379, variable: 'REDIS_URL' },
];

const renders = new Map<string, Manifest[]>();
function rendered(overlay: string): Manifest[] {
  if (!kubectl.ok) return [];
  let manifests = renders.get(overlay);
  if (!manifests) {
    manifests = renderOverlay(overlay);
    renders.set(overlay, manifests);
  }
  return manifests;
}

function mainContainers(workload: Workload): Container[] {
  return workload.template.spec.containers;
}

function problemsOf(
  items: Workload[],
  check: (workload: Workload, container: Container) => string[],
): string[] {
  return items.flatMap((workload) =>
    containersOf(workload.template).flatMap((container) =>
      check(workload, container).map((problem) => `${workload.name}/${container.name}: ${problem}`),
    ),
  );
}

describeWithKubectl('deploy/k8s', () => {
  it('has kubectl to render the overlays', () => {
    expect(kubectl).toEqual({ ok: true });
  });

  describe.each(['development', 'production'])('the %s overlay', (overlay) => {
    let manifests: Manifest[];
    beforeAll(() => {
      manifests = rendered(overlay);
    });

    it('runs every app as a Deployment', () => {
      const names = deployments(manifests).map((deployment) => deployment.name);

      expect(names).toEqual(expect.arrayContaining(APPS));
    });

    it("probes every Deployment's containers on their health endpoints, on a port they declare", () => {
      const problems = deployments(manifests).flatMap((deployment) =>
        mainContainers(deployment).flatMap((container) => {
          const ports = (container.ports ?? []).flatMap((port) => [port.name, port.containerPort]);
          return [
            ['readinessProbe', container.readinessProbe, '/health/ready'] as const,
            ['livenessProbe', container.livenessProbe, '/health/live'] as const,
          ].flatMap(([probe, settings, path]) => {
            const get = settings?.httpGet;
            if (!get) return [`${deployment.name}/${container.name}: no ${probe}`];
            if (get.path !== path || !ports.includes(get.port))
              return [`${deployment.name}/${container.name}: ${probe} on ${get.port}${get.path}`];
            return [];
          });
        }),
      );

      expect(problems).toEqual([]);
    });

    it('requests and limits cpu and memory for every container of every Deployment and Job', () => {
      const problems = problemsOf(workloads(manifests), (_workload, container) =>
        (['requests', 'limits'] as const).flatMap((bound) =>
          ['cpu', 'memory']
            .filter((resource) => !container.resources?.[bound]?.[resource])
            .map((resource) => `no ${resource} ${bound}`),
        ),
      );

      expect(problems).toEqual([]);
    });

    it('runs every container as a non-root user, read-only, without privileges or capabilities', () => {
      const problems = problemsOf(workloads(manifests), (workload, container) => {
        const pod = workload.template.spec.securityContext ?? {};
        const own = container.securityContext ?? {};
        const effective = { ...pod, ...own };
        return [
          effective.runAsNonRoot === true ? '' : 'runAsNonRoot is not true',
          (effective.runAsUser ?? 0) > 0 ? '' : 'runAsUser is not a non-zero uid',
          (effective.runAsGroup ?? 0) > 0 ? '' : 'runAsGroup is not a non-zero gid',
          effective.seccompProfile?.type === 'RuntimeDefault'
            ? ''
            : 'seccomp is not RuntimeDefault',
          own.readOnlyRootFilesystem === true ? '' : 'the root filesystem is writable',
          own.allowPrivilegeEscalation === false ? '' : 'privilege escalation is allowed',
          own.capabilities?.drop?.includes('ALL') ? '' : 'capabilities are not all dropped',
        ].filter(Boolean);
      });

      expect(problems).toEqual([]);
    });

    it('gives every app its settings from a ConfigMap and its secrets from a Secret it renders', () => {
      const problems = problemsOf(workloads(manifests), (workload, container) => {
        const sources = container.envFrom ?? [];
        const configMaps = sources.flatMap((source) => source.configMapRef?.name ?? []);
        const secrets = sources.flatMap((source) => source.secretRef?.name ?? []);
        return [
          ...(configMaps.length === 0 ? ['no ConfigMap in envFrom'] : []),
          // The sandbox's credentials are its committed development defaults.
          ...(secrets.length === 0 && workload.name !== SANDBOX ? ['no Secret in envFrom'] : []),
          ...configMaps
            .filter((name) => !named(manifests, 'ConfigMap', name))
            .map((name) => `ConfigMap ${name} is not rendered`),
          ...secrets
            .filter((name) => !named(manifests, 'Secret', name))
            .map((name) => `Secret ${name} is not rendered`),
        ];
      });

      expect(problems).toEqual([]);
    });

    it('keeps secrets out of ConfigMaps and out of literal env values', () => {
      const secretNames = new Set(
        ofKind(manifests, 'Secret').flatMap((secret) => Object.keys(secret.data ?? {})),
      );
      const inConfigMaps = ofKind(manifests, 'ConfigMap').flatMap((configMap) =>
        Object.entries(configMap.data ?? {})
          .filter(
            ([name, value]) =>
              isSecretVariable(name) ||
              secretNames.has(name) ||
              /:\/\/[^/\s]*:[^/\s]*@/.test(value),
          )
          .map(([name]) => `ConfigMap ${configMap.metadata.name}: ${name}`),
      );
      const inEnv = problemsOf(workloads(manifests), (_workload, container) =>
        (container.env ?? [])
          .filter((variable) => variable.value !== undefined)
          .filter((variable) => isSecretVariable(variable.name) || secretNames.has(variable.name))
          .map((variable) => `env ${variable.name} holds a literal value`),
      );

      expect([...inConfigMaps, ...inEnv]).toEqual([]);
    });

    it('sets only variables the apps read (declared in .env.example)', () => {
      const declared = declaredVariables();
      const fromSources = envFromSources(manifests).flatMap((source) =>
        Object.keys(source.data ?? {}).map(
          (name) => `${source.kind} ${source.metadata.name}: ${name}`,
        ),
      );
      const fromEnv = workloads(manifests).flatMap((workload) =>
        containersOf(workload.template).flatMap((container) =>
          (container.env ?? []).map(
            (variable) => `${workload.name}/${container.name}: ${variable.name}`,
          ),
        ),
      );
      const undeclared = [...fromSources, ...fromEnv].filter(
        (entry) => !declared.has(entry.split(': ')[1] ?? ''),
      );

      expect(undeclared).toEqual([]);
    });

    it('covers every Deployment with a PodDisruptionBudget', () => {
      const budgets = ofKind(manifests, 'PodDisruptionBudget').map((budget) =>
        specOf<{ selector: LabelSelector }>(budget),
      );
      const uncovered = deployments(manifests)
        .filter(
          (deployment) =>
            !budgets.some((budget) =>
              selects(budget.selector, deployment.template.metadata.labels),
            ),
        )
        .map((deployment) => deployment.name);

      expect(uncovered).toEqual([]);
    });

    it('scales the gateway on CPU with a HorizontalPodAutoscaler', () => {
      const autoscalers = ofKind(manifests, 'HorizontalPodAutoscaler').filter(
        (autoscaler) => autoscaler.apiVersion === 'autoscaling/v2',
      );
      const gateway = autoscalers.map((autoscaler) =>
        specOf<{
          scaleTargetRef: { kind: string; name: string };
          metrics: { type: string; resource?: { name: string } }[];
        }>(autoscaler),
      );

      expect(gateway).toContainEqual(
        expect.objectContaining({
          scaleTargetRef: expect.objectContaining({ kind: 'Deployment', name: 'gateway' }),
          metrics: expect.arrayContaining([
            expect.objectContaining({
              type: 'Resource',
              resource: expect.objectContaining({ name: 'cpu' }),
            }),
          ]),
        }),
      );
    });

    it("scales the sync workers with KEDA on the sync queue's waiting jobs", () => {
      const scaledObject = named(manifests, 'ScaledObject', 'sync-worker');
      const spec = scaledObject
        ? specOf<{
            scaleTargetRef: { name: string };
            minReplicaCount: number;
            triggers: {
              type: string;
              metadata: { listName: string };
              authenticationRef: { name: string };
            }[];
          }>(scaledObject)
        : undefined;
      const queueKeys = `${queueKeyPrefix('')}:${Queues.creatorSync}`;

      expect(scaledObject?.apiVersion).toBe('keda.sh/v1alpha1');
      expect(spec?.scaleTargetRef.name).toBe('sync-worker');
      // The workers run the scheduler: there is always one.
      expect(spec?.minReplicaCount).toBeGreaterThanOrEqual(1);
      expect(spec?.triggers.map((trigger) => [trigger.type, trigger.metadata.listName])).toEqual(
        expect.arrayContaining([
          ['redis', `${queueKeys}:prioritized`],
          ['redis', `${queueKeys}:wait`],
        ]),
      );
      for (const trigger of spec?.triggers ?? []) {
        const authentication = named(
          manifests,
          'TriggerAuthentication',
          trigger.authenticationRef.name,
        );
        const refs =
          authentication &&
          specOf<{ secretTargetRef: { parameter: string; name: string; key: string }[] }>(
            authentication,
          ).secretTargetRef;
        expect(refs?.map((ref) => ref.parameter)).toEqual(
          expect.arrayContaining(['address', 'password']),
        );
        for (const ref of refs ?? []) {
          expect(Object.keys(named(manifests, 'Secret', ref.name)?.data ?? {})).toContain(ref.key);
        }
      }
    });

    it('migrates every schema in a Job, with the app that owns it', () => {
      const jobs = workloads(manifests).filter((workload) => workload.kind === 'Job');
      const commands = jobs.flatMap((job) =>
        containersOf(job.template).map((container) => container.command?.join(' ') ?? ''),
      );

      expect(commands).toEqual(
        expect.arrayContaining(
          SCHEMA_OWNERS.map((app) => expect.stringContaining(`apps/${app}/dist/migrate.js`)),
        ),
      );
    });

    it('denies all traffic to and from every Tally pod by default', () => {
      const denyAll = ofKind(manifests, 'NetworkPolicy')
        .map((policy) => specOf<NetworkPolicySpec>(policy))
        .filter(
          (policy) =>
            ['Ingress', 'Egress'].every((type) => policy.policyTypes?.includes(type)) &&
            (policy.ingress ?? []).length === 0 &&
            (policy.egress ?? []).length === 0,
        );
      const uncovered = workloads(manifests)
        .filter(
          (workload) =>
            !denyAll.some((policy) =>
              selects(policy.podSelector, workload.template.metadata.labels),
            ),
        )
        .map((workload) => workload.name);

      expect(denyAll.length).toBeGreaterThan(0);
      expect(uncovered).toEqual([]);
    });

    it('gives every app an allow policy of its own, and DNS', () => {
      const problems = deployments(manifests).flatMap((deployment) => {
        const own = named(manifests, 'NetworkPolicy', deployment.name);
        const others = workloads(manifests).filter((workload) => workload.name !== deployment.name);
        const selector = own && specOf<NetworkPolicySpec>(own).podSelector;
        return [
          ...(!selector || !selects(selector, deployment.template.metadata.labels)
            ? [`${deployment.name}: no NetworkPolicy of its own`]
            : []),
          ...others
            .filter((other) => selector && selects(selector, other.template.metadata.labels))
            .map((other) => `${deployment.name}'s policy also selects ${other.name}`),
          ...(egressPorts(manifests, deployment).has(53) ? [] : [`${deployment.name}: no DNS`]),
        ];
      });

      expect(problems).toEqual([]);
    });

    it('lets an app reach Postgres, NATS and Redis exactly when its Secret says where they are', () => {
      const problems = deployments(manifests).flatMap((deployment) => {
        const ports = egressPorts(manifests, deployment);
        const variables = secretsReadBy(manifests, deployment).flatMap((secret) =>
          Object.keys(secret.data ?? {}),
        );
        return DATA_STORES.filter(
          ({ port, variable }) => ports.has(port) !== variables.includes(variable),
        ).map(({ port, variable }) =>
          ports.has(port)
            ? `${deployment.name} may reach ${port} without ${variable}`
            : `${deployment.name} has ${variable} but may not reach ${port}`,
        );
      });

      expect(problems).toEqual([]);
    });

    it("opens every app's metrics port to the monitoring namespace only, through a Service", () => {
      const services = ofKind(manifests, 'Service').map((service) =>
        specOf<{ selector: Record<string, string>; ports: { name: string; targetPort: string }[] }>(
          service,
        ),
      );
      const problems = deployments(manifests)
        .filter((deployment) => APPS.includes(deployment.name))
        .flatMap((deployment) => {
          const declared = mainContainers(deployment).some((container) =>
            (container.ports ?? []).some((port) => port.name === 'metrics'),
          );
          const served = services.some(
            (service) =>
              selects({ matchLabels: service.selector }, deployment.template.metadata.labels) &&
              service.ports.some(
                (port) => port.name === 'metrics' && port.targetPort === 'metrics',
              ),
          );
          const peers = ingressPeersOf(manifests, deployment, 'metrics');
          const onlyMonitoring =
            peers.length > 0 &&
            peers.every((peer) => JSON.stringify(peer) === JSON.stringify(MONITORING_NAMESPACES));
          return [
            ...(declared ? [] : [`${deployment.name}: no container port named metrics`]),
            ...(served ? [] : [`${deployment.name}: no Service for its metrics port`]),
            ...(onlyMonitoring
              ? []
              : [`${deployment.name}: metrics open to ${JSON.stringify(peers)}`]),
          ];
        });

      expect(problems).toEqual([]);
    });
  });

  describe('the development overlay', () => {
    let manifests: Manifest[];
    beforeAll(() => {
      manifests = rendered('development');
    });

    it('runs the platform sandbox, and points the apps at it', () => {
      const config = ofKind(manifests, 'ConfigMap')[0]?.data ?? {};

      expect(deployments(manifests).map((deployment) => deployment.name)).toContain(SANDBOX);
      expect(named(manifests, 'Service', SANDBOX)).toBeDefined();
      expect(config.TIKTOK_SANDBOX_URL).toBe(`http://${SANDBOX}:4500`);
      expect(config.NODE_ENV).toBe('development');
    });

    it('runs one replica of each app, autoscaled ones included', () => {
      const replicas = deployments(manifests).map((deployment) => [
        deployment.name,
        deployment.replicas ?? 1,
      ]);
      const gateway = named(manifests, 'HorizontalPodAutoscaler', 'gateway');
      const workers = named(manifests, 'ScaledObject', 'sync-worker');

      expect(replicas.filter(([, count]) => count !== 1)).toEqual([]);
      expect(gateway && specOf<{ minReplicas: number }>(gateway).minReplicas).toBe(1);
      expect(workers && specOf<{ minReplicaCount: number }>(workers).minReplicaCount).toBe(1);
    });
  });

  describe('the production overlay', () => {
    let manifests: Manifest[];
    beforeAll(() => {
      manifests = rendered('production');
    });

    it('runs no platform sandbox', () => {
      const mentions = manifests.filter((manifest) => JSON.stringify(manifest).includes(SANDBOX));

      expect(mentions.map((manifest) => `${manifest.kind} ${manifest.metadata.name}`)).toEqual([]);
    });

    it('runs two replicas or more of the gateway and of every NATS service', () => {
      const autoscaler = named(manifests, 'HorizontalPodAutoscaler', 'gateway');
      const replicas = REPLICATED_SERVICES.map((app) => [
        app,
        deployments(manifests).find((deployment) => deployment.name === app)?.replicas ?? 0,
      ]);

      expect(
        autoscaler && specOf<{ minReplicas: number }>(autoscaler).minReplicas,
      ).toBeGreaterThanOrEqual(2);
      expect(replicas.filter(([, count]) => Number(count) < 2)).toEqual([]);
    });

    it('runs with NODE_ENV=production and released images', () => {
      const config = ofKind(manifests, 'ConfigMap')[0]?.data ?? {};
      const images = workloads(manifests).flatMap((workload) =>
        containersOf(workload.template).map((container) => container.image),
      );

      expect(config.NODE_ENV).toBe('production');
      expect(
        images.filter((image) => !/:[\w.-]+$/.test(image) || image.endsWith(':latest')),
      ).toEqual([]);
    });
  });
});
