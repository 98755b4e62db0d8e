// Percentiles of latency samples (nearest rank on the sorted samples).

/** Sorted copy of the samples as a Float64Array. */
function sorted(samples) {
  return Float64Array.from(samples).sort();
}

function rank(values, fraction) {
  if (values.length === 0) return NaN;
  const index = Math.min(values.length - 1, Math.max(0, Math.ceil(fraction * values.length) - 1));
  return values[index];
}

/** { count, min, p50, p95, p99, max, mean } of the samples, in their own unit. */
export function summarize(samples) {
  const values = sorted(samples);
  let sum = 0;
  for (const value of values) sum += value;
  return {
    count: values.length,
    min: values[0],
    p50: rank(values, 0.5),
    p95: rank(values, 0.95),
    p99: rank(values, 0.99),
    max: values[values.length - 1],
    mean: sum / values.length,
  };
}

/** Multiplies every figure of a summary (e.g. nanoseconds to microseconds). */
export function scale(summary, factor, digits = 3) {
  const round = (value) => Number((value * factor).toFixed(digits));
  return {
    count: summary.count,
    min: round(summary.min),
    p50: round(summary.p50),
    p95: round(summary.p95),
    p99: round(summary.p99),
    max: round(summary.max),
    mean: round(summary.mean),
  };
}

/** Runs fn count times in sequence, timing each call; returns nanoseconds per call. */
export async function timeEach(count, fn) {
  const samples = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    const start = process.hrtime.bigint();
    await fn(i);
    samples[i] = Number(process.hrtime.bigint() - start);
  }
  return samples;
}
