import {
  type LabelSelector,
  type Manifest,
  type NetworkPolicySpec,
  ofKind,
  selects,
  specOf,
  type Workload,
} from './manifests.js';

export function policiesSelecting(manifests: Manifest[], workload: Workload): NetworkPolicySpec[] {
  return ofKind(manifests, 'NetworkPolicy')
    .map((policy) => specOf<NetworkPolicySpec>(policy))
    .filter((policy) => selects(policy.podSelector, workload.template.metadata.labels));
}

/** The ports a workload's pods may open connections to ('any' for a rule without ports). */
export function egressPorts(manifests: Manifest[], workload: Workload): Set<string | number> {
  return new Set(
    policiesSelecting(manifests, workload).flatMap((policy) =>
      (policy.egress ?? []).flatMap((rule) =>
        rule.ports ? rule.ports.map((port) => port.port ?? 'any') : ['any'],
      ),
    ),
  );
}

/**
 * Who may connect to a workload's port: for each ingress rule that opens it,
 * its peers' namespace selectors ('anyone' for a rule without peers).
 */
export type IngressPeer = LabelSelector | 'anyone' | 'other peer';

export function ingressPeersOf(
  manifests: Manifest[],
  workload: Workload,
  port: string | number,
): IngressPeer[] {
  return policiesSelecting(manifests, workload).flatMap((policy) =>
    (policy.ingress ?? [])
      .filter((rule) => !rule.ports || rule.ports.some((open) => (open.port ?? port) === port))
      .flatMap((rule): IngressPeer[] =>
        rule.from
          ? rule.from.map((peer) =>
              peer.namespaceSelector && !peer.podSelector && !peer.ipBlock
                ? peer.namespaceSelector
                : 'other peer',
            )
          : ['anyone'],
      ),
  );
}
