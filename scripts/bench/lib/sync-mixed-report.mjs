// The mixed round's targets and printed lines: per platform, creators per
// minute, the share of its budget used, and what the sandbox refused (target 0).
import { PLATFORMS } from './sync-mixed-round.mjs';

const NAMES = { TIKTOK: 'TikTok', INSTAGRAM: 'Instagram', YOUTUBE: 'YouTube' };
const percent = (share) => `${(share * 100).toFixed(1)}%`;
const total = (counts) => Object.values(counts ?? {}).reduce((sum, count) => sum + count, 0);
const perPlatform = (counts) =>
  PLATFORMS.map((platform) => `${NAMES[platform]} ${counts?.[platform] ?? 0}`).join(', ');
const listed = (counts) =>
  Object.entries(counts ?? {})
    .map(([what, count]) => `${count}× ${what}`)
    .join('; ');

const check = (what, value, target, pass) => ({
  name: `sync pipeline, mixed: ${what}`,
  value,
  unit: '',
  target,
  pass,
});

export function judgeMixed(mixed) {
  const { tiktok, instagram, youtube, firstSyncs, videos } = mixed;
  const { scheduled } = youtube;
  const videoChecks = PLATFORMS.flatMap((platform) => [
    check(
      `${NAMES[platform]} duplicate videos`,
      videos[platform].duplicates,
      '0',
      videos[platform].duplicates === 0,
    ),
    check(
      `${NAMES[platform]} missing videos`,
      videos[platform].missing,
      '0',
      videos[platform].missing === 0,
    ),
  ]);
  return [
    check('429s at TikTok', tiktok.rateLimitedTotal, '0', tiktok.rateLimitedTotal === 0),
    check(
      "Instagram's user limit refusals (403/429)",
      instagram.refusedTotal,
      '0',
      instagram.refusedTotal === 0,
    ),
    check(
      "YouTube's quotaExceeded and rate limit refusals (403/429)",
      youtube.refusedTotal,
      '0',
      youtube.refusedTotal === 0,
    ),
    check(
      'failed first syncs',
      total(firstSyncs.failed),
      '0',
      total(firstSyncs.failed) === 0 && !firstSyncs.timedOut,
    ),
    check(
      'every Instagram and YouTube creator synced',
      `${instagram.synced}/${instagram.connected}, ${youtube.synced}/${youtube.connected}`,
      'all',
      instagram.synced === instagram.connected && youtube.synced === youtube.connected,
    ),
    check(
      'YouTube units spent by scheduled syncs stay under the pacing line',
      youtube.unitsAfterScheduled,
      `<= ${Math.max(scheduled.pacingCap, youtube.unitsAfterFirstSyncs)}`,
      scheduled.stoppedAtCap,
    ),
    check(
      'scheduled YouTube syncs put off, not failed',
      scheduled.failed,
      '0',
      scheduled.failed === 0 && !scheduled.timedOut,
    ),
    ...videoChecks,
  ];
}

function tiktokLine({ tiktok }) {
  const throttled = Object.entries(tiktok.rateLimited)
    .map(([endpoint, count]) => `${endpoint} ${count}`)
    .join(', ');
  return (
    `    TikTok:    ${tiktok.synced}/${tiktok.connected} synced, ${tiktok.creatorsPerMinute} creators/min (last at ${tiktok.spanS} s); ` +
    `budget use over those ${tiktok.spanS} s: video list ${percent(tiktok.videoList.budgetShare)} (${tiktok.videoList.ok} ok), ` +
    `user info ${percent(tiktok.userInfo.budgetShare)} (${tiktok.userInfo.ok} ok); 429s ${tiktok.rateLimitedTotal} (${throttled})`
  );
}

function instagramLine({ instagram }) {
  const { graph } = instagram;
  return (
    `    Instagram: ${instagram.synced}/${instagram.connected} synced, ${instagram.creatorsPerMinute} creators/min (last at ${instagram.spanS} s); ` +
    `${instagram.callsPerCreator} budgeted Graph calls per creator of ${instagram.callsPerHour} per hour: ${percent(instagram.budgetShare)} ` +
    `(${instagram.budgetedCalls} of ${graph.calls} Graph calls, ${graph.ok} ok); user limit 403s ${graph.refused}, 429s ${graph.rateLimited}`
  );
}

function pacingVerdict(scheduled) {
  if (!scheduled.stoppedAtCap) return 'PASSED by scheduled syncs';
  return scheduled.putOff > 0 ? 'scheduled syncs stopped at it' : 'not reached';
}

/** The TikTok-only round with the same number of workers, as this run's yardstick for TikTok's figures. */
function tiktokBaselineLine(mixed, rounds) {
  const alone = rounds.find((round) => round.workers === mixed.workers);
  if (!alone) return [];
  return [
    `      same-run baseline, TikTok alone with ${alone.workers} workers (above): ${alone.creatorsPerMinute} creators/min, ` +
      `video list ${percent(alone.videoList.budgetShare)} of its budget, 429s ${alone.rateLimitedTotal}`,
  ];
}

function youtubeLines({ youtube }) {
  const { scheduled } = youtube;
  const left = youtube.unitsPerDay - youtube.unitsAfterScheduled;
  return [
    `    YouTube:   ${youtube.synced}/${youtube.connected} synced, ${youtube.creatorsPerMinute} creators/min (last at ${youtube.spanS} s); ` +
      `units ${youtube.unitsAfterFirstSyncs - youtube.unitsBefore} for connects and first syncs (${youtube.firstSyncCalls.calls} calls)`,
    `      then ${scheduled.queued} scheduled full syncs: ${scheduled.completed} done, ${scheduled.putOff} put off, ${scheduled.failed} failed ` +
      `in ${scheduled.seconds} s, ${scheduled.unitsSpent} units (${scheduled.calls.calls} calls)` +
      (scheduled.timedOut ? ' (TIMED OUT)' : ''),
    `      quota: ${youtube.unitsAfterScheduled - youtube.unitsBefore} of ${youtube.unitsPerDay} units spent (${percent(youtube.budgetShare)}); ` +
      `scheduled line now at ${scheduled.pacingCap} of ${scheduled.scheduledBudget} (quota day ${percent(scheduled.dayShare)} through): ` +
      `${pacingVerdict(scheduled)}; ` +
      `${left} units left for requested work (reserve ${youtube.reserveUnits}); 403 quotaExceeded ${youtube.firstSyncCalls.refused + scheduled.calls.refused}, ` +
      `429s ${youtube.firstSyncCalls.rateLimited + scheduled.calls.rateLimited}`,
  ];
}

export function formatMixedReport(mixed, settings, rounds = []) {
  const { creators, videos } = settings.mixed;
  const { connect, firstSyncs } = mixed;
  const failures = listed(connect.failures);
  const reasons = listed({
    ...firstSyncs.failureReasons,
    ...mixed.youtube.scheduled.failureReasons,
  });
  const videoLines = PLATFORMS.map((platform) => {
    const check = mixed.videos[platform];
    return (
      `${NAMES[platform]} ${check.creators} creators, duplicates ${check.duplicates} (${check.creatorsWithDuplicates}), ` +
      `missing ${check.missing} (${check.creatorsMissingVideos}), unexpected ${check.unexpected}`
    );
  });
  return [
    `[sync pipeline, mixed] ${mixed.workers} workers × ${settings.concurrencyPerWorker} jobs; ` +
      `${creators.TIKTOK} TikTok × ${videos.TIKTOK} videos, ${creators.INSTAGRAM} Instagram × ${videos.INSTAGRAM} media, ` +
      `${creators.YOUTUBE} YouTube × ${videos.YOUTUBE} videos connected through the API within ~${settings.connectWithinMs / 1000} s, taking turns; ` +
      `limits: TikTok ${settings.limitPerMinute} calls/min per endpoint, Instagram ${settings.mixed.instagramCallsPerHour} calls per user and hour, ` +
      `YouTube ${settings.mixed.youtubeUnitsPerDay} units a day (reserve ${settings.mixed.youtubeReserveUnits})`,
    '    creators/min: synced creators of the platform / minutes from the first connect to its last sync',
    "    budget use: TikTok's successful calls / (limit × those minutes) per endpoint; Instagram's budgeted Graph calls (profile, media, insights) per creator, connect + first sync / hourly budget; " +
      "YouTube's units spent (sandbox's count) / daily quota",
    `      connect: ${connect.connected} connected in ${connect.seconds} s (${perPlatform(
      Object.fromEntries(
        Object.entries(connect.byPlatform).map(([platform, each]) => [platform, each.connected]),
      ),
    )})${failures ? `; failed: ${failures}` : ''}`,
    `      first syncs settled in ${firstSyncs.elapsedS} s${firstSyncs.timedOut ? ' (TIMED OUT)' : ''}; ` +
      `failed: ${perPlatform(firstSyncs.failed)}; put off past the round: ${perPlatform(firstSyncs.putOff)}`,
    tiktokLine(mixed),
    ...tiktokBaselineLine(mixed, rounds),
    instagramLine(mixed),
    ...youtubeLines(mixed),
    `      videos: ${videoLines.join('; ')}`,
    ...(reasons ? [`      failure reasons: ${reasons}`] : []),
  ].join('\n');
}
