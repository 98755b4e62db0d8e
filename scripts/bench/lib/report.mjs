// The printed report and its JSON twin.
import { hardwareLine } from './hardware.mjs';
import { formatSameWork, judgeSameWork } from './same-work-report.mjs';

const verdict = (pass) => (pass ? 'PASS' : 'MISS');
const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Judges every target; returns [{ name, value, unit, target, pass, reference? }].
 * `reference` checks (the Nest floor) are reported apart from the targets.
 */
export function judge(results, targets) {
  const checks = [];
  const { cacheHit, cold, gateway, sameWork } = results;
  if (cacheHit) {
    checks.push({
      name: 'key verification, cache hit, median added latency',
      value: cacheHit.us.p50,
      unit: 'µs',
      target: `< ${targets.cacheHitMedianUs} µs`,
      pass: cacheHit.us.p50 < targets.cacheHitMedianUs,
    });
  }
  if (cold) {
    checks.push({
      name: 'key verification, cold (NATS + Postgres), median',
      value: cold.ms.p50,
      unit: 'ms',
      target: `< ${targets.coldMedianMs} ms`,
      pass: cold.ms.p50 < targets.coldMedianMs,
    });
  }
  checks.push(...judgeSameWork(sameWork, targets));
  if (gateway?.runs.length) {
    const rps = mean(gateway.runs.map((run) => run.rpsRatio));
    const p99 = mean(gateway.runs.map((run) => run.p99Ratio));
    checks.push(
      {
        name: 'reference: gateway, requests per second / Nest floor (mean of runs)',
        value: Number(rps.toFixed(3)),
        unit: 'x',
        target: `>= ${targets.floorRpsRatioMin}`,
        pass: rps >= targets.floorRpsRatioMin,
        reference: true,
      },
      {
        name: 'reference: gateway, p99 latency / Nest floor p99 (mean of runs)',
        value: Number(p99.toFixed(3)),
        unit: 'x',
        target: `<= ${targets.floorP99RatioMax}`,
        pass: p99 <= targets.floorP99RatioMax,
        reference: true,
      },
    );
  }
  return checks;
}

export function formatReport(report) {
  const { hardware, stack, settings, targets, results, checks } = report;
  const lines = [
    `Tally benchmarks — ${report.date}`,
    `Hardware: ${hardwareLine(hardware)}`,
    `Load average before setup (1/5/15 min): ${hardware.loadAverageAtStart.join(' ')}`,
    `Stack: ${stack.apps.join(', ')} from apps/*/dist (NODE_ENV=${stack.nodeEnv}, LOG_LEVEL=${stack.logLevel}) on loopback; ` +
      `NATS ${stack.natsVersion ?? '?'}, PostgreSQL ${stack.postgresVersion ?? '?'} (database ${stack.database}), Redis for rate limits`,
    `Note: autocannon and the timing loops run in this Node process and share the ${hardware.cores} cores ` +
      'with the apps, NATS, Postgres and Redis; figures are for comparison within a run.',
    '',
  ];

  const { cacheHit, cacheHitHttp, cold, gateway, sameWork } = results;
  if (cacheHit) {
    lines.push(
      `[key verification] cache hit: median ${fixed(cacheHit.us.p50, 2)} µs, p99 ${fixed(cacheHit.us.p99, 2)} µs ` +
        `over ${cacheHit.calls} calls (target < ${targets.cacheHitMedianUs} µs) ${verdict(cacheHit.us.p50 < targets.cacheHitMedianUs)}`,
      `    what: the gateway's KeyAuthenticator.authenticate() (apps/gateway/dist) on a warm cache, in process: checksum, SHA-256, cache lookup, usage note;`,
      `          the timing loop itself (await of an empty async function) costs a median ${fixed(cacheHit.timerOverheadUs.p50, 2)} µs and is included`,
    );
  }
  if (cacheHitHttp) {
    const plain = cacheHitHttp.withoutAuth.us;
    const keyed = cacheHitHttp.withCachedKey.us;
    lines.push(
      `    over HTTP, for information (one keep-alive connection, ${cacheHitHttp.rounds} rounds taking turns):`,
      `          ${cacheHitHttp.withCachedKey.route}: median ${fixed(keyed.p50, 1)} µs`,
      `          same-run baseline ${cacheHitHttp.withoutAuth.route}: median ${fixed(plain.p50, 1)} µs`,
      `          difference +${fixed(cacheHitHttp.addedMedianUs, 1)} µs (ratio ${fixed(keyed.p50 / plain.p50, 2)}), an upper bound: ` +
        "it also holds Nest's route pipeline, the guard's other checks and the rate limiter's Redis call",
      `          ${cacheHitHttp.healthLive.route}: median ${fixed(cacheHitHttp.healthLive.us.p50, 1)} µs`,
    );
  }
  if (cold) {
    lines.push(
      `[key verification] cold: median ${fixed(cold.ms.p50, 3)} ms, p95 ${fixed(cold.ms.p95, 3)} ms, p99 ${fixed(cold.ms.p99, 3)} ms ` +
        `over ${cold.requests} sequential requests (target < ${targets.coldMedianMs} ms) ${verdict(cold.ms.p50 < targets.coldMedianMs)}`,
      `    what: identity.keys.verify sent over NATS straight to identity (no gateway cache) in Nest's wire format, ${cold.keysUsed} keys in turn: HMAC + one Postgres lookup`,
      `    same-run baseline: identity.health.ping over NATS (no Postgres) median ${fixed(cold.pingBaseline.ms.p50, 3)} ms, ` +
        `p99 ${fixed(cold.pingBaseline.ms.p99, 3)} ms; verify/ping ${fixed(cold.ratioToPing, 2)}x`,
    );
    if (cacheHit?.coldThroughServiceClientMs) {
      const viaClient = cacheHit.coldThroughServiceClientMs;
      lines.push(
        `    through the gateway's own ServiceClient (Nest's wire format over the connection's shared reply subscription): median ${fixed(viaClient.p50, 3)} ms, ` +
          `p99 ${fixed(viaClient.p99, 3)} ms over ${viaClient.count} requests`,
      );
    }
  }
  if (sameWork) lines.push(...formatSameWork(report));
  if (gateway) {
    lines.push(
      '',
      `[reference: gateway vs the Nest floor] GET ${gateway.route}${gateway.standIn ? ` (stand-in: ${gateway.standIn})` : ''}`,
      `    ${settings.connections} connections, ${settings.warmupS} s warm-up + ${settings.measureS} s measured per side, sides taking turns (the first swapped each round), ` +
        `latencies of 2xx responses`,
      `    same-run floor: ${gateway.baselineDescription}; the tally runs are those of the same-work comparison`,
      '    CPU in cores: share of one core used during the measured window (nats, postgres, redis: every such process on the machine);',
      "    'other processes' is CPU that nothing in this run used: when it is high, the machine was busy and the ratios are less trustworthy",
      `    response bodies: tally ${gateway.responseBytes.tally} bytes, baseline ${gateway.responseBytes.baseline} bytes`,
    );
    const side = (name, run) =>
      `${name.padEnd(9)} ${fixed(run.rps, 1).padStart(8)} req/s   p50 ${fixed(run.latencyMs.p50, 2).padStart(7)} ms   ` +
      `p99 ${fixed(run.latencyMs.p99, 2).padStart(7)} ms   (${run.requests2xx} ok, ${run.non2xx} non-2xx, ${run.errors} errors)`;
    const cpu = (run) => {
      if (!run.cpuCores) return [];
      const { groups, machine, other, steal } = run.cpuCores;
      const used = Object.entries(groups).filter(([, cores]) => cores >= 0.01);
      const total = used.reduce((sum, [, cores]) => sum + cores, 0);
      const perRequestMs = (total / run.rps) * 1000;
      const byUse = used
        .sort(([, a], [, b]) => b - a)
        .map(([group, cores]) => `${group} ${fixed(cores, 2)}`)
        .join(', ');
      return [
        `                     CPU in cores: ${byUse}`,
        `                       = ${fixed(total, 2)} (${fixed(perRequestMs, 3)} ms of CPU per request); ` +
          `machine busy ${fixed(machine, 2)} of ${hardware.cores}, other processes ${fixed(other, 2)}, steal ${fixed(steal, 2)}`,
      ];
    };
    gateway.runs.forEach((run, index) => {
      lines.push(
        `    run ${index + 1}  ${side('floor', run.baseline)}`,
        ...cpu(run.baseline),
        `           ${side('tally', run.tally)}`,
        ...cpu(run.tally),
        `           ratios    rps ${fixed(run.rpsRatio, 3)} (reference >= ${targets.floorRpsRatioMin}) ${verdict(run.rpsRatio >= targets.floorRpsRatioMin)}   ` +
          `p99 ${fixed(run.p99Ratio, 2)}x (reference <= ${targets.floorP99RatioMax}x) ${verdict(run.p99Ratio <= targets.floorP99RatioMax)}`,
      );
    });
    const rps = checks.find((check) => check.name.startsWith('reference: gateway, requests'));
    const p99 = checks.find((check) => check.name.startsWith('reference: gateway, p99'));
    if (rps && p99) {
      lines.push(
        `    mean of ${gateway.runs.length} runs: rps ratio ${fixed(rps.value, 3)} ${verdict(rps.pass)}, ` +
          `p99 ratio ${fixed(p99.value, 2)}x ${verdict(p99.pass)}`,
      );
    }
    const budget = cpuBudget(gateway.runs, targets.floorRpsRatioMin, hardware.cores);
    if (budget) {
      lines.push(
        `    CPU budget: at ${targets.floorRpsRatioMin} of the floor's rate (${fixed(budget.targetRps, 0)} req/s) the ${hardware.cores} cores ` +
          `allow at most ${fixed(budget.allowedMs, 3)} ms of CPU per request for everything;`,
        `          Tally used ${fixed(budget.usedMs, 3)} ms (${budget.byGroup}), of which NATS, Postgres and Redis alone ${fixed(budget.infrastructureMs, 3)} ms`,
      );
    }
  }
  const noisy = Object.entries(report.appWarnings ?? {}).filter(([, count]) => count > 0);
  if (noisy.length > 0) {
    lines.push(
      '',
      `Log lines at warn or above during the benchmarks: ${noisy.map(([app, count]) => `${app} ${count}`).join(', ')}` +
        ' (the first ones, cut to 200 characters; all of the first 10 per app in the JSON):',
    );
    for (const [app] of noisy) {
      for (const line of (report.appWarningSamples?.[app] ?? []).slice(0, 3))
        lines.push(`    ${app} | ${line.slice(0, 200)}`);
    }
  }
  const targeted = checks.filter((check) => !check.reference);
  const references = checks.filter((check) => check.reference);
  const passed = targeted.filter((check) => check.pass).length;
  lines.push('', 'Targets:');
  for (const check of targeted)
    lines.push(
      `    ${verdict(check.pass)}  ${check.name}: ${fixed(check.value, 3)}${check.unit === 'x' ? 'x' : ` ${check.unit}`} (target ${check.target})`,
    );
  lines.push(
    '',
    `Summary: ${passed} PASS, ${targeted.length - passed} MISS (a missed target does not fail the run); ` +
      `reference (Nest floor): ${references.map((check) => verdict(check.pass)).join(', ') || 'not measured'}; ` +
      `took ${fixed(report.durationS, 0)} s`,
  );
  return lines.join('\n');
}

const INFRASTRUCTURE = ['nats', 'postgres', 'redis'];

/**
 * What the rps target leaves per request on this machine, next to what Tally's
 * processes used per request (means over the runs): says whether any amount of
 * tuning of the apps could reach it.
 */
function cpuBudget(runs, rpsRatioMin, cores) {
  const measured = runs.filter((run) => run.tally.cpuCores && run.tally.rps > 0);
  if (measured.length === 0) return undefined;
  const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const targetRps = rpsRatioMin * mean(runs.map((run) => run.baseline.rps));
  const perGroupMs = {};
  for (const run of measured) {
    for (const [group, cores] of Object.entries(run.tally.cpuCores.groups)) {
      perGroupMs[group] =
        (perGroupMs[group] ?? 0) + ((cores / run.tally.rps) * 1000) / measured.length;
    }
  }
  const used = Object.entries(perGroupMs).filter(([, ms]) => ms >= 0.001);
  return {
    targetRps,
    allowedMs: (cores / targetRps) * 1000,
    usedMs: used.reduce((sum, [, ms]) => sum + ms, 0),
    infrastructureMs: used
      .filter(([group]) => INFRASTRUCTURE.includes(group))
      .reduce((sum, [, ms]) => sum + ms, 0),
    byGroup: used
      .sort(([, a], [, b]) => b - a)
      .map(([group, ms]) => `${group} ${fixed(ms, 3)}`)
      .join(', '),
  };
}
