import { Registry } from 'prom-client';
import { SubjectMetrics } from './subject-metrics.js';

const NAMES = { count: 'probe_total', duration: 'probe_duration_seconds', help: 'Probes' };

describe('SubjectMetrics', () => {
  it('counts and times each message by subject and outcome', async () => {
    const registry = new Registry();
    const sut = new SubjectMetrics<'ok' | 'error'>(registry, NAMES);

    sut.record('identity.keys.verify', 'ok', performance.now());
    sut.record('identity.keys.verify', 'ok', performance.now());
    sut.record('identity.keys.verify', 'error', performance.now());

    const text = await registry.metrics();
    expect(text).toContain('probe_total{subject="identity.keys.verify",outcome="ok"} 2');
    expect(text).toContain('probe_total{subject="identity.keys.verify",outcome="error"} 1');
    expect(text).toContain(
      'probe_duration_seconds_count{subject="identity.keys.verify",outcome="ok"} 2',
    );
  });

  it('shares the series of a registry with another instance over it (apps in one process)', async () => {
    const registry = new Registry();
    const first = new SubjectMetrics<'ok'>(registry, NAMES);
    const second = new SubjectMetrics<'ok'>(registry, NAMES);

    first.record('creators.creators.get', 'ok', performance.now());
    second.record('creators.creators.get', 'ok', performance.now());

    expect(await registry.getSingleMetricAsString('probe_total')).toContain(
      'probe_total{subject="creators.creators.get",outcome="ok"} 2',
    );
  });
});
