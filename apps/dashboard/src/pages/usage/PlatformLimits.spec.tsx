import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlatformUsageReport } from '../../api/types';
import { formatUpcoming } from '../../lib/local-time';
import { deferred, fail, ok, stubApi, type FakeApi, type Reply } from '../../test/fake-api';
import { whoAmI } from '../../test/fixtures';
import { renderInSession } from '../../test/session';
import { PlatformLimits } from './PlatformLimits';

const ROUTE = 'GET /api/v1/usage/platforms';
const RESETS_AT = '2026-03-16T07:00:00.000Z';

const REPORT: PlatformUsageReport = {
  platforms: [
    { platform: 'TIKTOK', limit: '600 calls per minute per endpoint', quota: null },
    { platform: 'INSTAGRAM', limit: '200 calls per hour per creator', quota: null },
    {
      platform: 'YOUTUBE',
      limit: '10000 units per day',
      quota: {
        unitsPerDay: 10_000,
        used: 9_200,
        remaining: 800,
        reserve: 1_000,
        resetsAt: RESETS_AT,
      },
    },
  ],
};

let fake: FakeApi;

beforeEach(() => {
  fake = stubApi({ 'GET /api/v1/users/me': ok(whoAmI()), [ROUTE]: ok(REPORT) });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('PlatformLimits', () => {
  it("draws YouTube's quota with its reserve and reset, and lists the other platforms' limits", async () => {
    renderInSession(<PlatformLimits />, { signedIn: true });
    const meter = await screen.findByRole('meter', { name: 'YouTube quota used' });

    expect(meter.getAttribute('aria-valuenow')).toBe('9200');
    expect(meter.getAttribute('aria-valuemax')).toBe('10000');
    expect(meter.getAttribute('aria-valuetext')).toBe('9,200 of 10,000 units used today (92%)');
    expect(screen.getByTestId('quota-fill').style.width).toBe('92.00%');
    expect(screen.getByTestId('quota-reserve').style.left).toBe('90.00%');
    expect(meter.className).toContain('quota-state-reserve');
    expect(screen.getByText('9,200 of 10,000 units used today · 800 left')).toBeTruthy();
    expect(
      screen.getByText(
        'Scheduled syncs wait for the reset; syncs you ask for still run from the reserve.',
      ),
    ).toBeTruthy();
    expect(screen.getByTestId('quota-reset').textContent).toBe(
      `Resets at ${formatUpcoming(new Date(RESETS_AT))} (midnight Pacific time).`,
    );
    expect(screen.getByTestId('limit-tiktok').textContent).toBe(
      'TikTok: 600 calls per minute per endpoint',
    );
    expect(screen.getByTestId('limit-instagram').textContent).toBe(
      'Instagram: 200 calls per hour per creator',
    );
    expect(fake.calls(ROUTE)).toHaveLength(1);
  });

  it('says it is loading until the answer comes', async () => {
    const answer = deferred<Reply>();
    fake.on(ROUTE, () => answer.promise);
    renderInSession(<PlatformLimits />, { signedIn: true });
    expect(await screen.findByText('Loading platform limits…')).toBeTruthy();
    answer.resolve(ok(REPORT));
    await screen.findByRole('meter', { name: 'YouTube quota used' });
    expect(screen.queryByText('Loading platform limits…')).toBeNull();
  });

  it('shows a failed load with a way to try again', async () => {
    const user = userEvent.setup();
    fake.on(ROUTE, fail(503, 'service_unavailable', 'down', { requestId: 'req-9' }));
    renderInSession(<PlatformLimits />, { signedIn: true });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Part of Tally is not answering right now.');
    expect(alert.textContent).toContain('Request id: req-9');

    fake.on(ROUTE, ok(REPORT));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('meter', { name: 'YouTube quota used' });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
