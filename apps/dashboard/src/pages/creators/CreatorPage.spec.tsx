import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CreatorProfile, StatsHistory, StatsSnapshotView } from '../../api/types';
import { formatDate } from '../../lib/format';
import { fail, ok, stubApi, type RecordedRequest } from '../../test/fake-api';
import { NOW, whoAmI } from '../../test/fixtures';
import { renderInSession } from '../../test/session';
import { CreatorPage } from './CreatorPage';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

const PROFILE: CreatorProfile = {
  id: 'cr-1',
  platform: 'TIKTOK',
  username: 'ada.dances',
  displayName: 'Ada Dances',
  externalId: 'tt-1',
  externalUserId: null,
  avatarUrl: null,
  status: 'connected',
  stats: { followers: 12345, following: 10, likes: 999, videoCount: 42, totalViews: null },
  connectedAt: '2026-01-01T00:00:00.000Z',
  lastSyncedAt: null,
  bio: 'Dances, mostly.',
  verified: true,
  profileUrl: null,
  scopes: ['user.info.basic'],
  platformData: {},
};

function snapshot(time: number, followers: number): StatsSnapshotView {
  return {
    capturedAt: new Date(time).toISOString(),
    followers,
    following: 10,
    likes: followers * 2,
    videoCount: 42,
    totalViews: null,
  };
}

/**
 * The history endpoint as the creators service answers it: the snapshots in
 * [from, to] (by default the 30 days up to now), oldest first, at most `limit`.
 */
function historyLike(all: StatsSnapshotView[]) {
  return (request: RecordedRequest) => {
    const to = new Date(request.query.get('to') ?? NOW.toISOString()).getTime();
    const from = request.query.get('from')
      ? new Date(request.query.get('from') as string).getTime()
      : to - 30 * DAY;
    const limit = Number(request.query.get('limit') ?? 1000);
    const inRange = all.filter((each) => {
      const time = new Date(each.capturedAt).getTime();
      return time >= from && time <= to;
    });
    const answer: StatsHistory = {
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      items: inRange.slice(0, limit),
      nextFrom: inRange[limit]?.capturedAt ?? null,
    };
    return ok(answer);
  };
}

function stubCreator(history: StatsSnapshotView[]) {
  return stubApi({
    'GET /api/v1/users/me': ok(whoAmI()),
    'GET /api/v1/creators/cr-1/profile': ok(PROFILE),
    'GET /api/v1/creators/cr-1/stats/history': historyLike(history),
    'GET /api/v1/creators/cr-1/videos': ok({
      items: [],
      nextCursor: null,
      prevCursor: null,
      hasMoreAfter: false,
      hasMoreBefore: false,
    }),
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('CreatorPage', () => {
  it('shows the profile, its latest stats and a chart of the history', async () => {
    const start = NOW.getTime() - 3 * DAY;
    stubCreator([snapshot(start, 100), snapshot(start + DAY, 150), snapshot(start + 2 * DAY, 180)]);
    renderInSession(<CreatorPage id="cr-1" />, { signedIn: true });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveProperty(
      'textContent',
      'Ada Dances Verified',
    );
    expect(screen.getByTestId('stat-followers').textContent).toBe('12,345');
    const chart = await screen.findByRole('img', { name: /^Followers:/ });
    expect(chart.getAttribute('aria-label')).toBe(
      `Followers: 3 points from ${formatDate(new Date(start).toISOString())} to ${formatDate(
        new Date(start + 2 * DAY).toISOString(),
      )}`,
    );
  });

  it('says the chart starts with the first sync when there is no history', async () => {
    stubCreator([]);
    renderInSession(<CreatorPage id="cr-1" />, { signedIn: true });
    expect(await screen.findByText('The chart starts with the first sync.')).toBeTruthy();
  });

  it('says the history builds up while there are under three snapshots, labelled with times', async () => {
    const first = NOW.getTime() - 2 * HOUR;
    stubCreator([snapshot(first, 100), snapshot(first + HOUR, 120)]);
    renderInSession(<CreatorPage id="cr-1" />, { signedIn: true });
    // Two loads one after the other (profile, then history): give a busy machine time.
    expect((await screen.findByTestId('history-note', {}, { timeout: 5000 })).textContent).toBe(
      'History builds up with each sync (2 so far).',
    );
    const chart = await screen.findByRole('img', { name: /^Followers:/ });
    const labels = [...chart.querySelectorAll('[data-testid="chart-x-tick"] text')].map(
      (label) => label.firstChild?.textContent,
    );
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^\d\d:\d\d$/);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('says nothing about building up from three snapshots on', async () => {
    const start = NOW.getTime() - 3 * DAY;
    stubCreator([snapshot(start, 100), snapshot(start + DAY, 150), snapshot(start + 2 * DAY, 180)]);
    renderInSession(<CreatorPage id="cr-1" />, { signedIn: true });
    await screen.findByRole('img', { name: /^Followers:/ }, { timeout: 5000 });
    expect(screen.queryByTestId('history-note')).toBeNull();
  });

  it('says a creator that is gone was not found', async () => {
    const fake = stubCreator([]);
    fake.on('GET /api/v1/creators/cr-1/profile', fail(404, 'not_found', 'Creator not found.'));
    renderInSession(<CreatorPage id="cr-1" />, { signedIn: true });
    expect(await screen.findByText('Creator not found')).toBeTruthy();
  });

  it('charts the history up to the latest snapshot', async () => {
    const snapshots = Array.from({ length: 120 }, (_, index) =>
      snapshot(NOW.getTime() - 30 * DAY + (index + 1) * 6 * HOUR, 1000 + index),
    );
    stubCreator(snapshots);
    renderInSession(<CreatorPage id="cr-1" />, { signedIn: true });
    const chart = await screen.findByRole('img', { name: /^Followers:/ });
    const latest = formatDate(snapshots[snapshots.length - 1].capturedAt);
    expect(chart.getAttribute('aria-label')).toMatch(new RegExp(` to ${latest}$`));
  });
});
