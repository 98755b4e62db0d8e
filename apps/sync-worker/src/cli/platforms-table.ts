import type { PlatformsStatus, TodaysCalls } from './platforms-status.js';

/** The status as two tables: each platform's limits and their state, then today's calls. */
export function platformsTable(status: PlatformsStatus): string {
  const { TIKTOK, INSTAGRAM, YOUTUBE } = status.platforms;
  const tiktokLive =
    TIKTOK.live.endpoints.length === 0
      ? ['no slots taken']
      : TIKTOK.live.endpoints.map(
          ({ endpoint, reservedAheadMs }) =>
            `${endpoint} slots taken ${duration(reservedAheadMs)} ahead`,
        );
  const instagramLive =
    INSTAGRAM.live.creatorsWithReservations === 0
      ? 'no creator has slots taken'
      : `${INSTAGRAM.live.creatorsWithReservations} creator(s) with slots taken, the furthest ${duration(INSTAGRAM.live.furthestAheadMs)} ahead`;
  const limits = table(
    ['PLATFORM', 'UPSTREAM', 'LIMIT', `NOW (${status.at})`],
    [
      [
        'TIKTOK',
        TIKTOK.upstream,
        `${TIKTOK.limits.callsPerMinutePerEndpoint} calls/min per endpoint`,
        tiktokLive[0],
      ],
      ...tiktokLive.slice(1).map((line) => ['', '', '', line]),
      [
        'INSTAGRAM',
        INSTAGRAM.upstream,
        `${INSTAGRAM.limits.callsPerHourPerCreator} calls/hour per creator`,
        instagramLive,
      ],
      [
        'YOUTUBE',
        YOUTUBE.upstream,
        `${YOUTUBE.limits.unitsPerDay} units/day`,
        `used ${YOUTUBE.live.used}, remaining ${YOUTUBE.live.remaining}`,
      ],
      [
        '',
        '',
        `${YOUTUBE.limits.reserveUnits} kept for requested work`,
        `resets at ${YOUTUBE.live.resetsAt}`,
      ],
    ],
  );
  const calls = table(
    [
      'PLATFORM',
      'CALLS',
      '2XX',
      '429',
      'OTHER 4XX',
      '5XX',
      'NO ANSWER',
      'OTHER',
      'WAITS',
      'WAITED',
      'QUOTA REFUSALS',
    ],
    (['TIKTOK', 'INSTAGRAM', 'YOUTUBE'] as const).map((platform) =>
      callsRow(platform, status.platforms[platform].today),
    ),
  );
  return `${limits}\nToday (${status.day}, UTC), every sync worker together:\n${calls}`;
}

function callsRow(platform: string, today: TodaysCalls): string[] {
  let ok = 0;
  let otherClientErrors = 0;
  let serverErrors = 0;
  let noAnswer = 0;
  let other = 0;
  for (const [outcome, count] of Object.entries(today.outcomes)) {
    if (outcome === '429') continue;
    if (outcome === 'timeout' || outcome === 'network_error') noAnswer += count;
    else if (outcome.startsWith('2')) ok += count;
    else if (outcome.startsWith('4')) otherClientErrors += count;
    else if (outcome.startsWith('5')) serverErrors += count;
    else other += count;
  }
  const refusals = today.quotaRefusals.requested + today.quotaRefusals.scheduled;
  return [
    platform,
    today.calls,
    ok,
    today.rateLimited,
    otherClientErrors,
    serverErrors,
    noAnswer,
    other,
    today.limiterWaits.count,
    duration(today.limiterWaits.totalMs),
    refusals === 0 ? 0 : `${refusals} (${today.quotaRefusals.scheduled} scheduled)`,
  ].map(String);
}

/** `850 ms`, `4.2 s`, `12.5 min`. */
export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${(ms / 60_000).toFixed(1)} min`;
}

/** Left-aligned columns two spaces apart. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  return [header, ...rows].map(line).join('\n') + '\n';
}
