import {
  containersOf,
  type Manifest,
  named,
  ofKind,
  type Workload,
  workloads,
} from './manifests.js';

/** The Secrets a workload's containers take their variables from. */
export function secretsReadBy(manifests: Manifest[], workload: Workload): Manifest[] {
  return workload.template.spec.containers.flatMap((container) =>
    (container.envFrom ?? []).flatMap((source) => {
      const secret = source.secretRef && named(manifests, 'Secret', source.secretRef.name);
      return secret ? [secret] : [];
    }),
  );
}

/** Every ConfigMap and Secret some workload takes variables from (envFrom). */
export function envFromSources(manifests: Manifest[]): Manifest[] {
  const references = workloads(manifests).flatMap((workload) =>
    containersOf(workload.template).flatMap((container) =>
      (container.envFrom ?? []).flatMap((source) => [
        ...(source.configMapRef ? [`ConfigMap/${source.configMapRef.name}`] : []),
        ...(source.secretRef ? [`Secret/${source.secretRef.name}`] : []),
      ]),
    ),
  );
  return [...ofKind(manifests, 'ConfigMap'), ...ofKind(manifests, 'Secret')].filter((manifest) =>
    references.includes(`${manifest.kind}/${manifest.metadata.name}`),
  );
}
