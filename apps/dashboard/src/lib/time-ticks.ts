const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Under this span the axis reads in times of day; from it on, in dates. */
export const TIME_AXIS_LIMIT = 2 * DAY;

/** Steps that divide a day evenly, so ticks land on round times. */
const TIME_STEPS = [
  MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
];
const DAY_STEPS = [1, 2, 7, 14];

const hourMinute = new Intl.DateTimeFormat('en', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const hourMinuteSecond = new Intl.DateTimeFormat('en', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const monthDay = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' });

export interface TimeTick {
  time: number;
  /** "14:00" or "Mar 15". */
  label: string;
  /** A second line when the label alone is ambiguous: the day under a time, the year under a date. */
  context?: string;
}

function startOfDay(time: number): Date {
  const day = new Date(time);
  day.setHours(0, 0, 0, 0);
  return day;
}

function dayKey(time: number): string {
  const day = new Date(time);
  return `${day.getFullYear()}-${day.getMonth()}-${day.getDate()}`;
}

/** The round times every `step` within [first, last], counted from local midnight. */
function timeOfDayTicks(first: number, last: number, step: number): number[] {
  const midnight = startOfDay(first).getTime();
  const ticks: number[] = [];
  for (let time = midnight + Math.ceil((first - midnight) / step) * step; time <= last;) {
    ticks.push(time);
    time += step;
  }
  return ticks;
}

/** Local midnights every `days` days within [first, last]. */
function midnightTicks(first: number, last: number, days: number): number[] {
  const day = startOfDay(first);
  if (day.getTime() < first) day.setDate(day.getDate() + 1);
  const ticks: number[] = [];
  while (day.getTime() <= last) {
    ticks.push(day.getTime());
    day.setDate(day.getDate() + days);
  }
  return ticks;
}

/** Dates on the first tick and wherever the day changes; on every tick if a time would repeat. */
function withDays(times: number[], format: Intl.DateTimeFormat): TimeTick[] {
  const ticks = times.map((time, index) => ({
    time,
    label: format.format(time),
    context:
      index === 0 || dayKey(time) !== dayKey(times[index - 1]) ? monthDay.format(time) : undefined,
  }));
  const labels = new Set(ticks.map((tick) => tick.label));
  if (labels.size === ticks.length) return ticks;
  return ticks.map((tick) => ({ ...tick, context: monthDay.format(tick.time) }));
}

/** Years under the first date and wherever it changes, only when the axis spans two years. */
function withYears(times: number[]): TimeTick[] {
  const spansYears =
    times.length > 0 &&
    new Date(times[0]).getFullYear() !== new Date(times[times.length - 1]).getFullYear();
  return times.map((time, index) => {
    const year = new Date(time).getFullYear();
    const yearChanged = index === 0 || new Date(times[index - 1]).getFullYear() !== year;
    return {
      time,
      label: monthDay.format(time),
      context: spansYears && yearChanged ? String(year) : undefined,
    };
  });
}

/**
 * Labelled ticks for a time axis from `first` to `last` (ms), at most
 * `maxTicks` of them, in the browser's time zone: times of day (HH:mm) when
 * the span is under two days, dates otherwise. No two ticks read the same;
 * a single moment gets one tick with its time and date.
 */
export function timeTicks(first: number, last: number, maxTicks = 6): TimeTick[] {
  const most = Math.max(2, Math.floor(maxTicks));
  const span = last - first;
  if (span <= 0) return withDays([first], hourMinute);
  if (span < TIME_AXIS_LIMIT) {
    const step = TIME_STEPS.find((candidate) => span / candidate < most);
    const ticks = step ? timeOfDayTicks(first, last, step) : [];
    if (ticks.length >= 2) return withDays(ticks, hourMinute);
    // Too short for two round times (two syncs a minute apart): label both ends.
    const minutesApart = hourMinute.format(first) !== hourMinute.format(last);
    return withDays([first, last], minutesApart ? hourMinute : hourMinuteSecond);
  }
  const days =
    DAY_STEPS.find((candidate) => span / (candidate * DAY) < most) ??
    Math.ceil(span / DAY / (most - 1));
  return withYears(midnightTicks(first, last, days));
}
