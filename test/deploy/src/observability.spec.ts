import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Registry } from 'prom-client';
import { parse, parseAllDocuments } from 'yaml';
import { RevocationSyncAgeMetric } from '../../../apps/gateway/src/auth/revocation/revocation-sync-age.metric.js';
import { HttpRequestMetrics } from '../../../apps/gateway/src/metrics/http-request.metrics.js';
import { RateLimitRefusalMetrics } from '../../../apps/gateway/src/metrics/rate-limit-refusal.metrics.js';
import { QueueDepthMetric } from '../../../apps/sync-worker/src/metrics/queue-depth.metric.js';
import { SyncMetrics } from '../../../apps/sync-worker/src/metrics/sync-metrics.js';
import { SyncStalenessMetric } from '../../../apps/sync-worker/src/metrics/sync-staleness.metric.js';
import { QuotaMetrics } from '../../../apps/sync-worker/src/platforms/quota-metrics.js';
import { metricsRegistry } from '../../../libs/nest-kit/src/metrics/metrics-registry.js';
import {
  natsHandledMetrics,
  natsRequestMetrics,
} from '../../../libs/nest-kit/src/metrics/nats-metrics.js';
import { QueueMetrics } from '../../../libs/nest-kit/src/metrics/queue-metrics.js';
import { REPOSITORY_ROOT } from './k8s/render-overlay.js';

const OBSERVABILITY_DIR = join(REPOSITORY_ROOT, 'deploy', 'observability');

/** Each app's /metrics port: the gateway's METRICS_PORT, the others' health port. */
const METRICS_PORTS = {
  gateway: 9464,
  identity: 3001,
  creators: 3002,
  'sync-worker': 3003,
  webhooks: 3004,
} as const;

/** Series Prometheus makes itself for every target. */
const PROMETHEUS_SERIES = new Set(['up']);

/**
 * Every metric the apps export, by name, with its type: each definition is
 * built in a registry of its own, as the apps build them. Their dependencies
 * are only read when Prometheus scrapes, which this never does.
 */
function exportedMetrics(): Map<string, string> {
  const unused = {} as never;
  const registries: Registry[] = [
    // Node's process metrics, as every app's registry has them.
    metricsRegistry('observability-spec'),
  ];
  const built = (define: (registry: Registry) => void) => {
    const registry = new Registry();
    define(registry);
    registries.push(registry);
  };
  built((registry) => {
    natsRequestMetrics(registry);
    natsHandledMetrics(registry);
    new QueueMetrics(registry, []).start();
  });
  built((registry) => {
    new HttpRequestMetrics(registry);
    new RateLimitRefusalMetrics(registry);
    new RevocationSyncAgeMetric(registry, unused).onModuleInit();
  });
  built((registry) => {
    new SyncMetrics(registry);
    new QuotaMetrics(registry, unused);
    new QueueDepthMetric(
      registry,
      { queue: unused } as never,
      { queue: unused } as never,
    ).onApplicationBootstrap();
    new SyncStalenessMetric(registry, unused).onApplicationBootstrap();
  });
  return new Map(
    registries.flatMap((registry) =>
      registry.getMetricsAsArray().map((metric) => [metric.name, String(metric.type)] as const),
    ),
  );
}

const SERIES_SUFFIXES: Record<string, readonly string[]> = {
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['_sum', '_count'],
};

/** Whether a series name in a query is exported: a metric's own, or a histogram's or summary's part of one. */
function isExported(name: string, exported: Map<string, string>): boolean {
  if (exported.has(name) || PROMETHEUS_SERIES.has(name)) return true;
  return Object.entries(SERIES_SUFFIXES).some(([type, suffixes]) =>
    suffixes.some(
      (suffix) => name.endsWith(suffix) && exported.get(name.slice(0, -suffix.length)) === type,
    ),
  );
}

const PROMQL_WORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'and',
  'or',
  'unless',
  'offset',
  'inf',
  'nan',
]);

/** The series names a PromQL expression selects (Grafana's `$variables` allowed). */
export function metricNamesIn(expression: string): string[] {
  const bare = expression
    .replace(/\$\{[^}]*\}|\$\w+/g, '')
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/gi, ' ')
    .replace(/\boffset\s+-?\w+/gi, ' ');
  const names = new Set<string>();
  for (const match of bare.matchAll(/(?<![\w.:])[a-zA-Z_:][\w:]*/g)) {
    const rest = bare.slice((match.index ?? 0) + match[0].length).trimStart();
    // A function or an aggregation is followed by its arguments.
    if (rest.startsWith('(') || PROMQL_WORDS.has(match[0].toLowerCase())) continue;
    names.add(match[0]);
  }
  return [...names];
}

interface AlertRule {
  alert?: string;
  record?: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

interface Panel {
  id?: number;
  title?: string;
  type: string;
  targets?: { expr?: string; refId?: string }[];
  panels?: Panel[];
}

interface Dashboard {
  uid?: string;
  title?: string;
  panels: Panel[];
}

function readYaml<T>(path: string): T {
  return parse(readFileSync(join(OBSERVABILITY_DIR, path), 'utf8')) as T;
}

const rules = readYaml<{ groups: { name: string; rules: AlertRule[] }[] }>(
  'prometheus/alerts.yml',
).groups.flatMap((group) => group.rules);

const dashboard = JSON.parse(
  readFileSync(join(OBSERVABILITY_DIR, 'grafana', 'tally-dashboard.json'), 'utf8'),
) as Dashboard;
const panels = dashboard.panels.flatMap((panel) => [panel, ...(panel.panels ?? [])]);

/** The apps' and libs' source files that use prom-client (their specs left out). */
function metricSourceFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) files.push(path);
    }
  };
  for (const kind of ['apps', 'libs']) {
    for (const workspace of readdirSync(join(REPOSITORY_ROOT, kind))) {
      // The sandbox stands in for the platforms in development: Prometheus does not scrape it.
      if (workspace === 'platform-sandbox') continue;
      const src = join(REPOSITORY_ROOT, kind, workspace, 'src');
      try {
        walk(src);
      } catch {
        // A workspace without src/ (a dashboard build, say).
      }
    }
  }
  return files.filter((file) => readFileSync(file, 'utf8').includes("from 'prom-client'"));
}

describe('observability: rules and panels name only what the apps export', () => {
  const exported = exportedMetrics();

  describe('metricNamesIn', () => {
    it('finds the series of an expression, not its functions, labels, strings or numbers', () => {
      expect(
        metricNamesIn(
          'histogram_quantile(0.99, sum by (route, le) (rate(a_bucket{route!~"x|y"}[5m]))) > 1e3 ' +
            'and on (route) sum without (pod) (rate(b_total[$__rate_interval] offset 1h)) or c',
        ).sort(),
      ).toEqual(['a_bucket', 'b_total', 'c']);
    });
  });

  it('builds every metric the apps declare (so a new one is checked too)', () => {
    const declared = metricSourceFiles().flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/['"](tally_[a-z0-9_]+)['"]/g)].map(([, name]) => ({
        file: relative(REPOSITORY_ROOT, file).split(sep).join('/'),
        name,
      })),
    );

    expect(declared.length).toBeGreaterThan(0);
    expect(declared.filter(({ name }) => !exported.has(name))).toEqual([]);
  });

  it('alert rules select only exported metrics', () => {
    const unknown = rules.flatMap((rule) =>
      metricNamesIn(rule.expr)
        .filter((name) => !isExported(name, exported))
        .map((name) => ({ rule: rule.alert ?? rule.record, name })),
    );

    expect(rules.length).toBeGreaterThan(0);
    expect(unknown).toEqual([]);
  });

  it('dashboard panels select only exported metrics', () => {
    const unknown = panels.flatMap((panel) =>
      (panel.targets ?? []).flatMap((target) =>
        metricNamesIn(target.expr ?? '')
          .filter((name) => !isExported(name, exported))
          .map((name) => ({ panel: panel.title, name })),
      ),
    );

    expect(panels.some((panel) => (panel.targets ?? []).length > 0)).toBe(true);
    expect(unknown).toEqual([]);
  });

  it('gives every alert a severity, a summary and a time to hold', () => {
    const incomplete = rules
      .filter((rule) => rule.alert)
      .filter(
        (rule) =>
          !['critical', 'warning'].includes(rule.labels?.severity ?? '') ||
          !rule.annotations?.summary ||
          !rule.for,
      )
      .map((rule) => rule.alert);

    expect(incomplete).toEqual([]);
  });

  it('gives the dashboard a uid and every panel an id of its own and a query per target', () => {
    const ids = panels.map((panel) => panel.id);

    expect(dashboard.uid).toBe('tally-overview');
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      panels.filter((panel) => panel.type !== 'row' && !(panel.targets ?? []).every((t) => t.expr)),
    ).toEqual([]);
  });
});

describe('observability: Prometheus scrapes every app', () => {
  interface ScrapeConfig {
    job_name: string;
    honor_labels?: boolean;
    dns_sd_configs?: { names: string[]; port: number }[];
    relabel_configs?: {
      source_labels?: string[];
      regex?: string;
      action?: string;
      target_label?: string;
    }[];
  }
  interface PrometheusConfig {
    rule_files: string[];
    scrape_configs: ScrapeConfig[];
  }

  it.each(['prometheus.yml', 'prometheus-compose.yml'])(
    '%s loads the alerts and scrapes the job the alerts name, labelled with service',
    (file) => {
      const config = readYaml<PrometheusConfig>(`prometheus/${file}`);
      const job = config.scrape_configs.find((scrape) => scrape.job_name === 'tally');

      expect(config.rule_files).toEqual(['alerts.yml']);
      expect(job?.honor_labels).toBe(true);
      expect(job?.relabel_configs?.some((relabel) => relabel.target_label === 'service')).toBe(
        true,
      );
    },
  );

  it('finds each app of a compose deployment by its name, on its metrics port', () => {
    const config = readYaml<PrometheusConfig>('prometheus/prometheus-compose.yml');
    const targets = Object.fromEntries(
      (config.scrape_configs[0].dns_sd_configs ?? []).flatMap(({ names, port }) =>
        names.map((name) => [name, port]),
      ),
    );

    expect(targets).toEqual(METRICS_PORTS);
  });

  it("keeps on Kubernetes each pod's port named metrics, which every app's Deployment declares", () => {
    const config = readYaml<PrometheusConfig>('prometheus/prometheus.yml');
    const keepsMetricsPorts = config.scrape_configs[0].relabel_configs?.some(
      (relabel) =>
        relabel.action === 'keep' &&
        relabel.source_labels?.includes('__meta_kubernetes_pod_container_port_name') &&
        relabel.regex === 'metrics',
    );
    const declared = Object.fromEntries(
      Object.keys(METRICS_PORTS).map((app) => {
        const path = join(REPOSITORY_ROOT, 'deploy', 'k8s', 'base', app, 'deployment.yaml');
        const [deployment] = parseAllDocuments(readFileSync(path, 'utf8')).map(
          (document) =>
            document.toJS() as {
              spec: {
                template: {
                  spec: {
                    containers: { ports?: { name?: string; containerPort: number }[] }[];
                  };
                };
              };
            },
        );
        const ports = deployment.spec.template.spec.containers.flatMap(
          (container) => container.ports ?? [],
        );
        return [app, ports.find((port) => port.name === 'metrics')?.containerPort];
      }),
    );

    expect(keepsMetricsPorts).toBe(true);
    expect(declared).toEqual(METRICS_PORTS);
  });
});
