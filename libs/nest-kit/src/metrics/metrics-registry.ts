import { collectDefaultMetrics, Registry } from 'prom-client';

const registries = new Map<string, Registry>();

/** One Prometheus registry per service name, with Node's default metrics. */
export function metricsRegistry(service: string): Registry {
  let registry = registries.get(service);
  if (!registry) {
    registry = new Registry();
    registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: registry });
    registries.set(service, registry);
  }
  return registry;
}
