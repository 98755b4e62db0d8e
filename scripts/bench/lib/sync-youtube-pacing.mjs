// What YouTube's daily quota allowed scheduled syncs at a given moment, as
// the workers reckon it (@tally/creators-data's pacing line over the quota
// day of @tally/youtube): the benchmark judges the units spent against it.
import { join } from 'node:path';
import { ROOT } from '../../lib/env.mjs';

/**
 * `{ cap, scheduledBudget, dayShare }` at `now`: the units scheduled work may
 * have spent by then (every priority's spend counted), the most it may spend
 * all day (quota − reserve), and how far into the quota day `now` is.
 */
export async function scheduledCapAt(now, { unitsPerDay, reserveUnits }) {
  const { scheduledCap, quotaDayAt } = await import(
    join(ROOT, 'libs/creators-data/dist/upstream/daily-unit-quota.js')
  );
  const { nextQuotaReset } = await import(join(ROOT, 'libs/youtube/dist/index.js'));
  const day = quotaDayAt(now, nextQuotaReset);
  const scheduledBudget = unitsPerDay - Math.min(reserveUnits, unitsPerDay);
  return {
    cap: scheduledCap(day, scheduledBudget, now),
    scheduledBudget,
    dayShare: Number(((now - day.start) / (day.end - day.start)).toFixed(3)),
  };
}
