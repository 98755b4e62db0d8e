/** The parts of Kubernetes objects these tests read; everything else passes through untyped. */
export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

export interface Probe {
  httpGet?: { path: string; port: string | number };
}

export interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: { name: string; value?: string; valueFrom?: unknown }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  resources?: {
    requests?: Record<string, string>;
    limits?: Record<string, string>;
  };
  securityContext?: SecurityContext;
}

export interface SecurityContext {
  runAsNonRoot?: boolean;
  runAsUser?: number;
  runAsGroup?: number;
  allowPrivilegeEscalation?: boolean;
  readOnlyRootFilesystem?: boolean;
  capabilities?: { drop?: string[] };
  seccompProfile?: { type: string };
}

export interface PodTemplate {
  metadata: { labels: Record<string, string> };
  spec: {
    containers: Container[];
    initContainers?: Container[];
    securityContext?: SecurityContext;
  };
}

export interface NetworkPolicyPeer {
  namespaceSelector?: LabelSelector;
  podSelector?: LabelSelector;
  ipBlock?: { cidr: string; except?: string[] };
}

export interface NetworkPolicyRule {
  ports?: { protocol?: string; port?: string | number }[];
  from?: NetworkPolicyPeer[];
  to?: NetworkPolicyPeer[];
}

export interface NetworkPolicySpec {
  podSelector: LabelSelector;
  policyTypes?: string[];
  ingress?: NetworkPolicyRule[];
  egress?: NetworkPolicyRule[];
}

/** The Deployments and Jobs of a rendered overlay, each with its pod template. */
export interface Workload {
  kind: 'Deployment' | 'Job';
  name: string;
  replicas: number | undefined;
  template: PodTemplate;
}

export function ofKind(manifests: Manifest[], kind: string): Manifest[] {
  return manifests.filter((manifest) => manifest.kind === kind);
}

export function named(manifests: Manifest[], kind: string, name: string): Manifest | undefined {
  return manifests.find((manifest) => manifest.kind === kind && manifest.metadata.name === name);
}

export function specOf<T>(manifest: Manifest): T {
  return manifest.spec as T;
}

export function workloads(manifests: Manifest[]): Workload[] {
  return manifests.flatMap((manifest): Workload[] => {
    if (manifest.kind !== 'Deployment' && manifest.kind !== 'Job') return [];
    const spec = specOf<{ replicas?: number; template: PodTemplate }>(manifest);
    return [
      {
        kind: manifest.kind,
        name: manifest.metadata.name,
        replicas: spec.replicas,
        template: spec.template,
      },
    ];
  });
}

export function deployments(manifests: Manifest[]): Workload[] {
  return workloads(manifests).filter((workload) => workload.kind === 'Deployment');
}

export function containersOf(template: PodTemplate): Container[] {
  return [...(template.spec.initContainers ?? []), ...template.spec.containers];
}

/** Whether a label selector picks an object with these labels (`In` and `NotIn` are all these files use). */
export function selects(selector: LabelSelector, labels: Record<string, string>): boolean {
  const byLabel = Object.entries(selector.matchLabels ?? {}).every(
    ([key, value]) => labels[key] === value,
  );
  const byExpression = (selector.matchExpressions ?? []).every(({ key, operator, values }) => {
    if (operator === 'In') return values?.includes(labels[key] ?? '') ?? false;
    if (operator === 'NotIn') return !(values?.includes(labels[key] ?? '') ?? false);
    throw new Error(`selector operator ${operator} is not understood by these tests`);
  });
  return byLabel && byExpression;
}
