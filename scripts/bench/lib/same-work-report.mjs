// The same-work part of the gateway benchmark's report: per route, Tally
// against the same-work baseline (requests per second, p99, their ratios and
// the CPU per request of every process), after the check that both answered alike.
import { hardwareLine } from './hardware.mjs';
import { parityProblems } from './same-work-baseline.mjs';

const verdict = (pass) => (pass ? 'PASS' : 'MISS');
const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;

const INFRASTRUCTURE = ['nats', 'postgres', 'redis'];
/** Cores used outside the run above which a run's ratio is flagged: someone else's work competed. */
const BUSY_OUTSIDE_CORES = 0.25;
const LOAD_GENERATOR = 'bench (autocannon)';
/** Each side's own processes (cpu.mjs groups), with the names the report gives them. */
const SIDES = {
  sameWork: {
    label: 'same-work',
    processes: [
      ['same-work-edge', 'edge'],
      ['same-work-responder', 'responder'],
    ],
  },
  tally: {
    label: 'tally',
    processes: [
      ['gateway', 'gateway'],
      ['identity', 'identity'],
      ['creators', 'creators'],
    ],
  },
};

/** Milliseconds of CPU per request of each of the side's processes and NATS, Postgres, Redis. */
function cpuPerRequest(run, side) {
  const { groups } = run.cpuCores;
  const named = [...SIDES[side].processes, ...INFRASTRUCTURE.map((group) => [group, group])];
  const parts = named.map(([group, label]) => [label, ((groups[group] ?? 0) / run.rps) * 1000]);
  return { parts, totalMs: parts.reduce((sum, [, ms]) => sum + ms, 0) };
}

/** Cores used by what is neither the side's processes, NATS, Postgres, Redis nor autocannon. */
function restOfRun(run, side) {
  const own = new Set([...SIDES[side].processes.map(([group]) => group), ...INFRASTRUCTURE]);
  return Object.entries(run.cpuCores.groups)
    .filter(([group]) => !own.has(group) && group !== LOAD_GENERATOR)
    .reduce((sum, [, cores]) => sum + cores, 0);
}

function sideLines(side, run, cores) {
  const lines = [
    `${SIDES[side].label.padEnd(9)} ${fixed(run.rps, 1).padStart(8)} req/s   ` +
      `p50 ${fixed(run.latencyMs.p50, 2).padStart(7)} ms   p99 ${fixed(run.latencyMs.p99, 2).padStart(7)} ms   ` +
      `(${run.requests2xx} ok, ${run.non2xx} non-2xx, ${run.errors} errors)`,
  ];
  if (!run.cpuCores) return lines;
  const { parts, totalMs } = cpuPerRequest(run, side);
  const { groups, machine, other, steal } = run.cpuCores;
  lines.push(
    `          CPU ms/request: ${parts.map(([label, ms]) => `${label} ${fixed(ms, 3)}`).join(', ')} = ${fixed(totalMs, 3)}`,
    `          cores: autocannon ${fixed(groups[LOAD_GENERATOR] ?? 0, 2)}, this run's other processes ${fixed(restOfRun(run, side), 2)}, ` +
      `outside the run ${fixed(other, 2)}; machine busy ${fixed(machine, 2)} of ${cores}, steal ${fixed(steal, 2)}`,
  );
  return lines;
}

/** Means over the runs of each process's CPU per request, and of the total. */
function meanCpu(runs, side) {
  const measured = runs.filter((run) => run[side].cpuCores && run[side].rps > 0);
  if (measured.length === 0) return undefined;
  const perRun = measured.map((run) => cpuPerRequest(run[side], side));
  const parts = perRun[0].parts.map(([label], index) => [
    label,
    mean(perRun.map((one) => one.parts[index][1])),
  ]);
  return { parts, totalMs: mean(perRun.map((one) => one.totalMs)) };
}

const byLabel = ({ parts, totalMs }) => ({
  ...Object.fromEntries(parts.map(([label, ms]) => [label, Number(ms.toFixed(3))])),
  total: Number(totalMs.toFixed(3)),
});

/** A route's means over its runs, for the JSON: the ratios and each process's CPU ms per request. */
export function routeSummary(route) {
  if (route.runs.length === 0) return undefined;
  const tally = meanCpu(route.runs, 'tally');
  const sameWork = meanCpu(route.runs, 'sameWork');
  return {
    rps: {
      tally: Number(mean(route.runs.map((run) => run.tally.rps)).toFixed(1)),
      sameWork: Number(mean(route.runs.map((run) => run.sameWork.rps)).toFixed(1)),
    },
    rpsRatio: Number(mean(route.runs.map((run) => run.rpsRatio)).toFixed(3)),
    p99Ratio: Number(mean(route.runs.map((run) => run.p99Ratio)).toFixed(3)),
    cpuMsPerRequest:
      tally && sameWork
        ? {
            tally: byLabel(tally),
            sameWork: byLabel(sameWork),
            ratio: Number((tally.totalMs / sameWork.totalMs).toFixed(3)),
          }
        : undefined,
  };
}

const describeCpu = ({ parts, totalMs }) =>
  `${fixed(totalMs, 3)} ms (${parts.map(([label, ms]) => `${label} ${fixed(ms, 3)}`).join(', ')})`;

function parityLines(parity) {
  const lines = ['    parity (one answer of each route from both sides, before measuring):'];
  for (const comparison of parity) {
    const problems = parityProblems(comparison);
    if (problems.length === 0) {
      lines.push(
        `        GET ${comparison.route}: same status (${comparison.status.tally}), same data, same bytes ` +
          `(${comparison.bytes.tally} B), same headers but the request id, the date and the rate-limit counters`,
      );
    } else {
      lines.push(
        `        WARNING GET ${comparison.route}: the answers differ; the figures may not compare like with like:`,
      );
      for (const problem of problems) lines.push(`            ${problem}`);
    }
  }
  return lines;
}

/** Per route: Tally / same-work requests per second and p99, means of the runs. */
export function judgeSameWork(sameWork, targets) {
  const checks = [];
  for (const route of sameWork?.routes ?? []) {
    if (route.runs.length === 0) continue;
    const rps = mean(route.runs.map((run) => run.rpsRatio));
    const p99 = mean(route.runs.map((run) => run.p99Ratio));
    checks.push(
      {
        name: `GET ${route.label}, requests per second / same-work baseline (mean of runs)`,
        value: Number(rps.toFixed(3)),
        unit: 'x',
        target: `>= ${targets.rpsRatioMin}`,
        pass: rps >= targets.rpsRatioMin,
      },
      {
        name: `GET ${route.label}, p99 latency / same-work baseline p99 (mean of runs)`,
        value: Number(p99.toFixed(3)),
        unit: 'x',
        target: `<= ${targets.p99RatioMax}`,
        pass: p99 <= targets.p99RatioMax,
      },
    );
  }
  return checks;
}

export function formatSameWork(report) {
  const { hardware, settings, targets, results } = report;
  const { sameWork } = results;
  const lines = [
    '',
    `[gateway vs same-work baseline] ${settings.connections} connections, ${settings.warmupS} s warm-up + ` +
      `${settings.measureS} s measured per side, sides taking turns (the first swapped each round), ${settings.rounds} rounds; latencies of 2xx responses`,
    `    same-work baseline: ${sameWork.description}`,
    `    hardware: ${hardwareLine(hardware)}`,
    '    CPU ms/request: CPU time of each process in the measured window / requests answered ' +
      '(nats, postgres, redis: every such process on the machine, other work included);',
    "    cores: the load generator, this run's other processes (the other side, idle meanwhile), and CPU outside " +
      'the run (when high, the machine was busy and the ratios are less trustworthy)',
    ...parityLines(sameWork.parity),
  ];
  for (const route of sameWork.routes) {
    lines.push(
      '',
      `  GET ${route.route}`,
      `    answers: tally ${route.responseBytes.tally} B, same-work ${route.responseBytes.sameWork} B; ${route.what}`,
    );
    route.runs.forEach((run, index) => {
      const [first, ...rest] = sideLines('sameWork', run.sameWork, hardware.cores);
      lines.push(`    run ${index + 1}  ${first}`, ...rest.map((line) => `           ${line}`));
      const [tallyFirst, ...tallyRest] = sideLines('tally', run.tally, hardware.cores);
      lines.push(`           ${tallyFirst}`, ...tallyRest.map((line) => `           ${line}`));
      const outside = Math.max(run.sameWork.cpuCores?.other ?? 0, run.tally.cpuCores?.other ?? 0);
      lines.push(
        `           ratios    rps ${fixed(run.rpsRatio, 3)} (target >= ${targets.rpsRatioMin}) ${verdict(run.rpsRatio >= targets.rpsRatioMin)}   ` +
          `p99 ${fixed(run.p99Ratio, 2)}x (target <= ${targets.p99RatioMax}x) ${verdict(run.p99Ratio <= targets.p99RatioMax)}` +
          (outside >= BUSY_OUTSIDE_CORES
            ? `   (noisy: up to ${fixed(outside, 2)} cores busy outside the run)`
            : ''),
      );
    });
    if (route.runs.length === 0) continue;
    const rps = mean(route.runs.map((run) => run.rpsRatio));
    const p99 = mean(route.runs.map((run) => run.p99Ratio));
    lines.push(
      `    mean of ${route.runs.length} runs: rps ratio ${fixed(rps, 3)} ${verdict(rps >= targets.rpsRatioMin)}, ` +
        `p99 ratio ${fixed(p99, 2)}x ${verdict(p99 <= targets.p99RatioMax)}`,
    );
    const tallyCpu = meanCpu(route.runs, 'tally');
    const sameWorkCpu = meanCpu(route.runs, 'sameWork');
    if (tallyCpu && sameWorkCpu) {
      const targetRps = targets.rpsRatioMin * mean(route.runs.map((run) => run.sameWork.rps));
      lines.push(
        `    CPU per request, mean of runs: tally ${describeCpu(tallyCpu)}`,
        `                                   same-work ${describeCpu(sameWorkCpu)}`,
        `                                   tally / same-work ${fixed(tallyCpu.totalMs / sameWorkCpu.totalMs, 2)}x ` +
          '(steadier than the rates on a busy machine; not a target)',
        `    CPU budget: at ${targets.rpsRatioMin}x the same-work rate (${fixed(targetRps, 0)} req/s) the ${hardware.cores} cores ` +
          `allow at most ${fixed((hardware.cores / targetRps) * 1000, 3)} ms of CPU per request for everything, the load generator included`,
      );
    }
  }
  return lines;
}
