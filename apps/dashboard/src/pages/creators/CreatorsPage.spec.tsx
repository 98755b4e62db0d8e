import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CreatorView, Page, Platform } from '../../api/types';
import { ok, stubApi, type FakeApi, type RecordedRequest } from '../../test/fake-api';
import { whoAmI } from '../../test/fixtures';
import { renderInSession } from '../../test/session';
import { CreatorsPage } from './CreatorsPage';

function creator(id: string, platform: Platform, username: string): CreatorView {
  return {
    id,
    platform,
    username,
    displayName: null,
    externalId: `ext-${id}`,
    externalUserId: null,
    avatarUrl: null,
    status: 'connected',
    stats: { followers: 100, following: null, likes: null, videoCount: 3, totalViews: null },
    connectedAt: '2026-03-01T00:00:00.000Z',
    lastSyncedAt: '2026-03-15T11:00:00.000Z',
  };
}

const ALL = [
  creator('c-1', 'TIKTOK', 'ada.dances'),
  creator('c-2', 'INSTAGRAM', 'natgeo'),
  creator('c-3', 'YOUTUBE', 'veritasium'),
];

/** The list as the API filters it by `?platform=`. */
function listByPlatform(request: RecordedRequest) {
  const platform = request.query.get('platform');
  const page: Page<CreatorView> = {
    items: ALL.filter((each) => !platform || each.platform === platform),
    nextCursor: null,
    prevCursor: null,
    hasMoreAfter: false,
    hasMoreBefore: false,
  };
  return ok(page);
}

let fake: FakeApi;

beforeEach(() => {
  fake = stubApi({
    'GET /api/v1/users/me': ok(whoAmI()),
    'GET /api/v1/creators': listByPlatform,
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

function shownUsernames(): string[] {
  return screen
    .queryAllByTestId('creator-row')
    .map((row) => row.querySelector('.muted.small')?.textContent ?? '');
}

function lastListQuery(): URLSearchParams {
  const calls = fake.calls('GET /api/v1/creators');
  return calls[calls.length - 1].query;
}

describe('CreatorsPage', () => {
  it("lists every platform's creators, each with its platform named beside its icon", async () => {
    window.history.replaceState(null, '', '/creators');
    renderInSession(<CreatorsPage />, { signedIn: true });
    await screen.findByText('@veritasium');
    expect(shownUsernames()).toEqual(['@ada.dances', '@natgeo', '@veritasium']);
    const platforms = screen
      .getAllByTestId('creator-row')
      .map((row) => row.querySelector('.platform-name'));
    expect(platforms.map((cell) => cell?.textContent)).toEqual(['TikTok', 'Instagram', 'YouTube']);
    expect(platforms.every((cell) => cell?.querySelector('svg.platform-icon'))).toBe(true);
    expect(lastListQuery().has('platform')).toBe(false);
    expect(screen.getByRole('radio', { name: 'All' }).getAttribute('aria-checked')).toBe('true');
  });

  it('filters by the platform the address names, and asks the API for that platform', async () => {
    window.history.replaceState(null, '', '/creators?platform=youtube');
    renderInSession(<CreatorsPage />, { signedIn: true });
    await screen.findByText('@veritasium');
    expect(shownUsernames()).toEqual(['@veritasium']);
    expect(lastListQuery().get('platform')).toBe('YOUTUBE');
    expect(screen.getByRole('radio', { name: 'YouTube' }).getAttribute('aria-checked')).toBe(
      'true',
    );
  });

  it('puts the chosen platform in the address and back to every platform', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/creators');
    renderInSession(<CreatorsPage />, { signedIn: true });
    await screen.findByText('@veritasium');

    await user.click(screen.getByRole('radio', { name: 'Instagram' }));
    expect(window.location.pathname + window.location.search).toBe('/creators?platform=instagram');
    await vi.waitFor(() => expect(shownUsernames()).toEqual(['@natgeo']));
    expect(lastListQuery().get('platform')).toBe('INSTAGRAM');

    await user.click(screen.getByRole('radio', { name: 'All' }));
    expect(window.location.pathname + window.location.search).toBe('/creators');
    await vi.waitFor(() => expect(shownUsernames()).toHaveLength(3));
  });

  it('says when no creator of the chosen platform is connected', async () => {
    fake.on('GET /api/v1/creators', (request) =>
      request.query.get('platform')
        ? ok({
            items: [],
            nextCursor: null,
            prevCursor: null,
            hasMoreAfter: false,
            hasMoreBefore: false,
          })
        : listByPlatform(request),
    );
    window.history.replaceState(null, '', '/creators?platform=instagram');
    renderInSession(<CreatorsPage />, { signedIn: true });
    expect(await screen.findByText('No Instagram creators connected yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Show every platform' }).getAttribute('href')).toBe(
      '/creators',
    );
  });

  it('offers to connect each platform', async () => {
    window.history.replaceState(null, '', '/creators');
    renderInSession(<CreatorsPage />, { signedIn: true });
    const header = (await screen.findByRole('heading', { name: 'Creators', level: 1 })).closest(
      'header',
    ) as HTMLElement;
    expect(
      within(header)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Connect TikTok', 'Connect Instagram', 'Connect YouTube']);
  });
});
