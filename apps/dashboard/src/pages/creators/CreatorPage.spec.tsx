import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CreatorProfile, StatsHistory, StatsSnapshotView, VideoView } from '../../api/types';
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

const YOUTUBE_PROFILE: CreatorProfile = {
  ...PROFILE,
  id: 'cr-2',
  platform: 'YOUTUBE',
  username: 'veritasium',
  displayName: 'Veritasium',
  externalId: 'UC123',
  verified: false,
  stats: { followers: null, following: null, likes: null, videoCount: 400, totalViews: 987654321 },
  scopes: ['https://www.googleapis.com/auth/youtube.readonly'],
  platformData: {
    uploadsPlaylistId: 'UU123',
    customUrl: '@veritasium',
    publishedAt: '2010-07-21T07:00:00Z',
    hiddenSubscriberCount: true,
    country: 'US',
  },
};

const INSTAGRAM_PROFILE: CreatorProfile = {
  ...PROFILE,
  id: 'cr-3',
  platform: 'INSTAGRAM',
  username: 'natgeo',
  displayName: 'National Geographic',
  stats: { followers: 5000, following: 12, likes: null, videoCount: 80, totalViews: null },
  platformData: { accountType: 'BUSINESS', website: 'https://natgeo.example/' },
};

function videosPage(items: VideoView[]) {
  return ok({
    items,
    nextCursor: null,
    prevCursor: null,
    hasMoreAfter: false,
    hasMoreBefore: false,
  });
}

function stubProfile(profile: CreatorProfile, videos: VideoView[] = []) {
  return stubApi({
    'GET /api/v1/users/me': ok(whoAmI()),
    [`GET /api/v1/creators/${profile.id}/profile`]: ok(profile),
    [`GET /api/v1/creators/${profile.id}/stats/history`]: historyLike([]),
    [`GET /api/v1/creators/${profile.id}/videos`]: videosPage(videos),
  });
}

describe('CreatorPage for each platform', () => {
  it("shows a YouTube channel's total views, its details and a link to it", async () => {
    stubProfile(YOUTUBE_PROFILE);
    renderInSession(<CreatorPage id="cr-2" />, { signedIn: true });
    await screen.findByRole('heading', { level: 1, name: 'Veritasium' });

    expect(screen.getByTestId('stat-total-views').textContent).toBe('987,654,321');
    expect(screen.getByTestId('stat-followers').textContent).toBe('Hidden');
    expect(screen.queryByTestId('stat-following')).toBeNull();
    expect(screen.queryByTestId('stat-likes')).toBeNull();

    const details = screen.getByTestId('platform-details');
    const pairs = [...details.querySelectorAll('div')].map((pair) => [
      pair.querySelector('dt')?.textContent,
      pair.querySelector('dd')?.textContent,
    ]);
    expect(pairs).toEqual([
      ['Channel handle', '@veritasium'],
      ['Country', 'United States'],
      ['Channel created', formatDate('2010-07-21T07:00:00Z')],
      ['Subscribers', 'Hidden by the channel'],
    ]);
    expect(screen.getByRole('link', { name: 'Profile on YouTube' }).getAttribute('href')).toBe(
      'https://www.youtube.com/@veritasium',
    );
  });

  it("lists an Instagram creator's posts by caption, without the figures Instagram does not give", async () => {
    stubProfile(INSTAGRAM_PROFILE, [
      {
        id: 'v-1',
        externalId: 'ig-1',
        title: null,
        description: 'Glacier at dawn',
        views: null,
        likes: 120,
        comments: 8,
        shares: null,
        duration: null,
        coverUrl: null,
        shareUrl: 'https://www.instagram.com/p/abc/',
        publishedAt: '2026-03-01T00:00:00.000Z',
        platformData: { mediaType: 'IMAGE' },
      },
    ]);
    renderInSession(<CreatorPage id="cr-3" />, { signedIn: true });
    const table = await screen.findByRole('table', { name: 'Posts' });
    await within(table).findByText('Glacier at dawn');

    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual(['Post', 'Published', 'Views', 'Likes', 'Comments']);
    const cells = within(within(table).getByTestId('video-row'))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual([formatDate('2026-03-01T00:00:00.000Z'), '—', '120', '8']);
    expect(within(table).getByText('Photo')).toBeTruthy();

    expect(screen.getByRole('link', { name: 'natgeo.example' }).getAttribute('href')).toBe(
      'https://natgeo.example/',
    );
    expect(screen.getByText('Business')).toBeTruthy();
    expect(screen.getByTestId('stat-videos').previousSibling?.textContent).toBe('Posts');
  });

  it('says when to try again when YouTube’s daily quota is spent', async () => {
    const user = userEvent.setup();
    const fake = stubProfile({ ...YOUTUBE_PROFILE, stats: { ...YOUTUBE_PROFILE.stats } });
    fake.on(
      'POST /api/v1/creators/cr-2/sync',
      fail(429, 'platform_quota_exhausted', 'spent', { headers: { 'retry-after': '7200' } }),
    );
    renderInSession(<CreatorPage id="cr-2" />, { signedIn: true });
    await user.click(await screen.findByRole('button', { name: 'Sync now' }));

    const status = screen.getByTestId('sync-status');
    await vi.waitFor(() =>
      expect(status.textContent).toMatch(
        /^YouTube’s daily quota for Tally is used up, so no sync can start now\. Try again after .+ \(in about 2 hours\)\./,
      ),
    );
    expect(status.className).toContain('sync-failed');
  });
});
