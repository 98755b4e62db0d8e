import type { Registry } from 'prom-client';

/**
 * The metric already in the registry under `name`, or a new one: apps that
 * share a process (tests) share their service's registry, and a metric can be
 * registered only once in it.
 */
export function registeredMetric<T>(
  registry: Registry,
  name: string,
  create: (name: string) => T,
): T {
  return (registry.getSingleMetric(name) as T | undefined) ?? create(name);
}
