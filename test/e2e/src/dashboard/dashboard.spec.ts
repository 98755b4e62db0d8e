import type { Browser } from 'playwright-core';
import { Platform } from '../platform.js';
import {
  horizontalOverflow,
  isWithinViewport,
  launchBrowser,
  openDashboard,
  PHONE,
  screenshot,
} from './browser.js';
import {
  addRedirectUrlInBrowser,
  createKeyInBrowser,
  eventually,
  goTo,
  PASSWORD,
  signUpInBrowser,
} from './dashboard-flows.js';

jest.setTimeout(120_000);

describe('dashboard in a real browser', () => {
  let platform: Platform;
  let browser: Browser;

  beforeAll(async () => {
    platform = await Platform.start({ SYNC_WAIT_MS: '15000' }, { tiktok: true, dashboard: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  async function open(viewport?: { width: number; height: number }) {
    return openDashboard(browser, platform.gatewayUrl, viewport);
  }

  it('signs up, shows the account in the header, signs out and back in', async () => {
    const { context, page, pageErrors } = await open();
    await page.goto('/creators');
    await page.getByRole('heading', { name: 'Sign in to your dashboard' }).waitFor();
    await screenshot(page, 'sign-in');

    // The form checks itself before it sends anything.
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Use at least 12 characters.').waitFor();

    const email = await signUpInBrowser(page, 'Northwind Media');
    const header = page.getByTestId('account-summary');
    await expect(header.textContent()).resolves.toContain('Northwind Media');
    await expect(page.getByTestId('account-role').textContent()).resolves.toBe('Owner');
    await page.getByText('No creators connected yet').waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to your dashboard' }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('do not match an account').waitFor();
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Creators', level: 1 }).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('creates a key shown once, uses it against the API, revokes it and sees it refused', async () => {
    const { context, page, pageErrors } = await open();
    await signUpInBrowser(page);
    await goTo(page, 'API keys', 'API keys');
    await page.getByText('No API keys yet').waitFor();
    await screenshot(page, 'api-keys-empty');

    const key = await createKeyInBrowser(page, { name: 'Reporting backend', role: 'read-only' });
    expect(key).toMatch(/^tly_sk_/);
    await expect(page.getByText('it will not be shown again').count()).resolves.toBe(1);
    await screenshot(page, 'api-key-created');
    await page.getByRole('button', { name: 'I have copied it' }).click();

    const row = page.getByTestId('key-row').filter({ hasText: 'Reporting backend' });
    await row.waitFor();
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toContain(key.slice(0, 12));
    expect(rowText).not.toContain(key);
    expect(rowText).toContain('read-only');
    expect(rowText).toContain('You');
    // The key is in no page of the dashboard once the dialog is closed.
    expect(await page.content()).not.toContain(key);
    await screenshot(page, 'api-keys');

    const call = () =>
      fetch(`${platform.gatewayUrl}/api/v1/creators`, {
        headers: { authorization: `Bearer ${key}` },
      });
    expect((await call()).status).toBe(200);

    await row.getByRole('button', { name: 'Revoke Reporting backend' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke Reporting backend?' });
    await confirm.getByRole('button', { name: 'Revoke key' }).click();
    await page.getByText('Reporting backend was revoked').waitFor();
    await row.getByText('Revoked').waitFor();

    const refused = await call();
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('creates a custom role and a key that holds it', async () => {
    const { context, page } = await open();
    await signUpInBrowser(page);
    await goTo(page, 'Roles', 'Roles');
    await page.getByTestId('role-row').filter({ hasText: 'full-access' }).waitFor();
    await page.getByRole('button', { name: 'Create role' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create a role' });
    await dialog.getByLabel('Name').fill('Bad Name');
    await dialog.getByRole('button', { name: 'Create role' }).click();
    await dialog.getByText('Use lowercase letters, digits and dashes').waitFor();
    await dialog.getByLabel('Name').fill('sync-bot');
    await dialog.getByRole('checkbox', { name: /^creators:sync/ }).check();
    await dialog.getByRole('checkbox', { name: /^creators:read/ }).check();
    await dialog.getByRole('button', { name: 'Create role' }).click();
    const custom = page.getByTestId('role-row').filter({ hasText: 'sync-bot' });
    await custom.waitFor();
    expect(await custom.textContent()).toContain('Custom');
    await screenshot(page, 'roles');

    await goTo(page, 'API keys', 'API keys');
    const key = await createKeyInBrowser(page, {
      name: 'Sync bot',
      role: 'sync-bot',
      environment: 'Production',
    });
    const whoAmI = await fetch(`${platform.gatewayUrl}/api/v1/users/me`, {
      headers: { authorization: `Bearer ${key}` },
    });
    const me = (await whoAmI.json()) as { data: { permissions: string[]; environment: string } };
    expect(me.data.permissions.sort()).toEqual(['creators:read', 'creators:sync']);
    expect(me.data.environment).toBe('production');

    // Rolling: a new secret shown once, the old one working through its grace period.
    await page.getByRole('button', { name: 'I have copied it' }).click();
    await page.getByRole('button', { name: 'Roll Sync bot' }).click();
    const roll = page.getByRole('dialog', { name: 'Roll Sync bot' });
    await roll.getByLabel('Grace period').selectOption('1');
    await roll.getByRole('button', { name: 'Roll key' }).click();
    const rolled = page.getByRole('dialog', { name: 'Your rolled API key' });
    const newKey = ((await rolled.getByTestId('secret-value').textContent()) ?? '').trim();
    expect(newKey).toMatch(/^tly_sk_/);
    expect(newKey).not.toBe(key);
    await rolled.getByRole('button', { name: 'I have copied it' }).click();
    await page.getByTestId('key-row').filter({ hasText: 'Rolled' }).waitFor();
    for (const each of [key, newKey]) {
      const answer = await fetch(`${platform.gatewayUrl}/api/v1/creators`, {
        headers: { authorization: `Bearer ${each}` },
      });
      expect(answer.status).toBe(200);
    }
    await context.close();
  });

  it('adds an allowed redirect URL, saves it, and finds it there after a reload', async () => {
    const { context, page, pageErrors } = await open();
    await signUpInBrowser(page);
    await goTo(page, 'Redirect URLs', 'Redirect URLs');
    await page.getByText('No redirect URLs yet').waitFor();
    await screenshot(page, 'redirect-urls-empty');

    // The page checks a URL as the server would before it is even in the list.
    await addRedirectUrlInBrowser(page, 'http://shop.example/creators');
    await page
      .getByText('The URL must use https (http only for localhost and 127.0.0.1).')
      .waitFor();
    await addRedirectUrlInBrowser(page, 'https://Shop.Example/creators/');
    const urls = page.getByTestId('redirect-url-row').locator('code');
    await expect(urls.allTextContents()).resolves.toEqual(['https://shop.example/creators']);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Redirect URLs saved').waitFor();
    await screenshot(page, 'redirect-urls');

    await page.reload();
    await page.getByRole('heading', { name: 'Redirect URLs', level: 1 }).waitFor();
    await urls.first().waitFor();
    await expect(urls.allTextContents()).resolves.toEqual(['https://shop.example/creators']);
    await expect(page.getByTestId('redirect-urls-status').textContent()).resolves.toMatch(
      /^1 of 20 allowed\. Last changed /,
    );
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('creates an OAuth client whose secret is shown once and whose curl gets a token', async () => {
    const { context, page, pageErrors } = await open();
    await signUpInBrowser(page);
    await goTo(page, 'OAuth clients', 'OAuth clients');
    await page.getByText('No OAuth clients yet').waitFor();
    await page.getByRole('button', { name: 'Create OAuth client' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create an OAuth client' });
    await dialog.getByLabel('Name').fill('Data warehouse');
    await dialog.getByRole('checkbox', { name: /^read-only\b/ }).check();
    await dialog.getByRole('button', { name: 'Create client' }).click();
    const reveal = page.getByRole('dialog', { name: 'Your new OAuth client' });
    const clientId = ((await reveal.getByTestId('client-id').textContent()) ?? '').trim();
    const secret = ((await reveal.getByTestId('secret-value').textContent()) ?? '').trim();
    const curl = (await reveal.getByTestId('token-curl').textContent()) ?? '';
    expect(curl).toContain(`-u '${clientId}:${secret}'`);
    await screenshot(page, 'oauth-client-created');

    // What the curl does, done with fetch.
    const token = await fetch(`${platform.gatewayUrl}/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    expect(token.status).toBe(200);
    const { access_token: accessToken } = (await token.json()) as { access_token: string };
    const creators = await fetch(`${platform.gatewayUrl}/api/v1/creators`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(creators.status).toBe(200);

    await reveal.getByRole('button', { name: 'I have copied it' }).click();
    const row = page.getByTestId('oauth-client-row').filter({ hasText: 'Data warehouse' });
    await row.waitFor();
    expect(await page.content()).not.toContain(secret);
    await screenshot(page, 'oauth-clients');
    await row.getByRole('button', { name: 'Revoke Data warehouse' }).click();
    await page
      .getByRole('dialog', { name: 'Revoke Data warehouse?' })
      .getByRole('button', { name: 'Revoke client' })
      .click();
    await row.getByText('Revoked').waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('connects a creator in the popup, pages through videos, syncs and disconnects', async () => {
    const username = await platform.sandbox.addCreator(45);
    const { context, page, pageErrors } = await open();
    await signUpInBrowser(page);
    await screenshot(page, 'creators-empty');

    const popupOpened = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Connect TikTok' }).first().click();
    const popup = await popupOpened;
    await popup.getByRole('button', { name: 'Approve' }).waitFor();
    await popup.getByLabel('Continue as').selectOption(username);
    await popup.getByRole('button', { name: 'Approve' }).click();
    // The callback page tells the dashboard, which refreshes its list.
    const row = page.getByTestId('creator-row').filter({ hasText: `@${username}` });
    await row.waitFor();
    await page.getByText('Creator connected').waitFor();
    // The callback page closes its popup once it has told the dashboard.
    expect(
      await eventually(
        async () => popup.isClosed(),
        (closed) => closed,
      ),
    ).toBe(true);

    // The first sync runs in the background; the list says when it is done.
    const synced = await eventually(
      async () => {
        await page.reload();
        await row.waitFor();
        return (await row.textContent()) ?? '';
      },
      (text) => !text.includes('Syncing'),
    );
    expect(synced).not.toContain('Syncing');
    await screenshot(page, 'creators');

    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: new RegExp(username) }).waitFor();
    await expect(page.getByTestId('stat-videos').textContent()).resolves.toBe('45');
    await page.getByRole('img', { name: /^Followers:/ }).waitFor();
    const videoRows = page.getByTestId('video-row');
    expect(
      await eventually(
        () => videoRows.count(),
        (count) => count === 20,
      ),
    ).toBe(20);
    const firstPage = await videoRows.first().textContent();
    const pager = page.getByRole('navigation', { name: 'Pages of videos' });
    await pager.getByRole('button', { name: 'Next →' }).click();
    const secondPage = await eventually(
      () => videoRows.first().textContent(),
      (text) => text !== firstPage,
    );
    expect(secondPage).not.toBe(firstPage);
    await pager.getByRole('button', { name: 'Next →' }).click();
    expect(
      await eventually(
        () => videoRows.count(),
        (count) => count === 5,
      ),
    ).toBe(5);
    await expect(pager.getByRole('button', { name: 'Next →' }).isDisabled()).resolves.toBe(true);
    await pager.getByRole('button', { name: '← Previous' }).click();
    expect(
      await eventually(
        () => videoRows.count(),
        (count) => count === 20,
      ),
    ).toBe(20);
    await screenshot(page, 'creator');

    await page.getByRole('button', { name: 'Sync now' }).click();
    const syncStatus = await eventually(
      () => page.getByTestId('sync-status').textContent(),
      (text) => /^(Synced|The sync failed)/.test(text ?? ''),
      30_000,
    );
    expect(syncStatus).toMatch(/^Synced/);

    await page.getByRole('button', { name: 'Disconnect' }).click();
    const confirm = page.getByRole('dialog', { name: /^Disconnect/ });
    await confirm.getByRole('button', { name: 'Disconnect creator' }).click();
    await page.getByRole('heading', { name: 'Creators', level: 1 }).waitFor();
    await page.getByText('No creators connected yet').waitFor();
    const revocations = await platform.sandbox.revocations();
    expect(revocations.length).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows usage per key and the audit log', async () => {
    const { context, page, pageErrors } = await open();
    await signUpInBrowser(page);
    await goTo(page, 'API keys', 'API keys');
    const key = await createKeyInBrowser(page, { name: 'Usage probe', role: 'read-only' });
    await page.getByRole('button', { name: 'I have copied it' }).click();
    for (let call = 0; call < 3; call += 1) {
      await fetch(`${platform.gatewayUrl}/api/v1/creators`, { headers: { 'x-api-key': key } });
    }
    await fetch(
      `${platform.gatewayUrl}/api/v1/creators/00000000-0000-4000-8000-000000000000/profile`,
      {
        headers: { 'x-api-key': key },
      },
    );

    await goTo(page, 'Usage', 'Usage');
    const probe = page.getByTestId('usage-row').filter({ hasText: 'Usage probe' });
    const expectedCells = ['Secret key', 'Development', '4', '1', '0'];
    // The gateway flushes its counts every second, so a flush may have caught only some of the calls.
    const cells = await eventually(
      async () => {
        await page.getByRole('radio', { name: 'Last 7 days' }).click();
        await page.getByRole('radio', { name: 'Last 24 hours' }).click();
        await page.getByTestId('usage-requests').waitFor();
        return (await probe.count()) === 1 ? probe.locator('td').allTextContents() : [];
      },
      (texts) => texts.join('|') === expectedCells.join('|'),
    );
    expect(cells).toEqual(expectedCells);
    // Same-named keys differ by their start.
    const label = (await probe.locator('th').textContent()) ?? '';
    expect(label.startsWith(`Usage probe · ${key.slice(0, 12)}`)).toBe(true);
    expect(key.startsWith(label.slice('Usage probe · '.length))).toBe(true);
    // Succeeded, failed and refused requests over the period's 24 hourly buckets.
    await page.getByRole('img', { name: /^Requests over time: 24 points from / }).waitFor();
    expect(await page.locator('.chart-legend li').allTextContents()).toEqual([
      'Succeeded',
      'Failed',
      'Refused',
    ]);
    await page.getByTestId('pool-development').waitFor();
    await screenshot(page, 'usage');

    await goTo(page, 'Audit log', 'Audit log');
    await page.getByTestId('audit-row').filter({ hasText: 'created an API key' }).waitFor();
    expect(await page.getByTestId('audit-row').filter({ hasText: 'Usage probe' }).count()).toBe(1);
    await screenshot(page, 'audit-log');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('fits a phone: no page scrolls sideways at 390 px and every action is in reach', async () => {
    const username = await platform.sandbox.addCreator(8);
    const { context, page, pageErrors } = await open(PHONE);
    await page.goto('/signin');
    await page.getByRole('heading', { name: 'Sign in to your dashboard' }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'sign-in-390');
    await signUpInBrowser(page, 'A rather long account name for a phone');

    // The header keeps Sign out in view; the navigation folds behind Menu.
    expect(await isWithinViewport(page, page.getByRole('button', { name: 'Sign out' }))).toBe(true);
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.isVisible()).toBe(false);
    const goToOnPhone = async (link: string, heading: string) => {
      await page.getByRole('button', { name: 'Menu' }).click();
      await nav.getByRole('link', { name: link }).click();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      expect(await nav.isVisible()).toBe(false);
    };

    // Creators: connect one, so that the list and the creator page have something to show.
    const connect = page.getByRole('button', { name: 'Connect TikTok' }).first();
    expect(await isWithinViewport(page, connect)).toBe(true);
    const popupOpened = page.waitForEvent('popup');
    await connect.click();
    const popup = await popupOpened;
    await popup.getByLabel('Continue as').selectOption(username);
    await popup.getByRole('button', { name: 'Approve' }).click();
    const row = page.getByTestId('creator-row').filter({ hasText: `@${username}` });
    // The list refreshing on the popup's message is the desktop test's subject;
    // here the row only has to be there (first sync done), reloading until it is.
    await eventually(
      async () => {
        await page.reload();
        const shown = await row.waitFor({ timeout: 5_000 }).then(
          () => true,
          () => false,
        );
        return shown ? ((await row.textContent()) ?? '') : '';
      },
      (text) => text.includes(username) && !text.includes('Syncing'),
      60_000,
    );
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'creators-390');

    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: new RegExp(username) }).waitFor();
    await page.getByRole('img', { name: /^Followers:/ }).waitFor();
    await page.getByTestId('video-row').first().waitFor();
    expect(await page.getByTestId('history-note').textContent()).toMatch(
      /^History builds up with each sync \(\d so far\)\.$/,
    );
    expect(await isWithinViewport(page, page.getByRole('button', { name: 'Sync now' }))).toBe(true);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'creator-390');

    await goToOnPhone('API keys', 'API keys');
    const create = page.getByRole('button', { name: 'Create API key' });
    expect(await isWithinViewport(page, create)).toBe(true);
    await createKeyInBrowser(page, { name: 'Phone key', role: 'creators-manager' });
    await page.getByRole('button', { name: 'I have copied it' }).click();
    await page.getByTestId('key-row').filter({ hasText: 'Phone key' }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    // The table scrolls in its own box, its first column (the key's name) in view.
    const name = page.getByTestId('key-row').first().locator('th');
    expect(await isWithinViewport(page, name)).toBe(true);
    await screenshot(page, 'api-keys-390');

    for (const [link, heading, shot] of [
      ['OAuth clients', 'OAuth clients', 'oauth-clients-390'],
      ['Redirect URLs', 'Redirect URLs', 'redirect-urls-390'],
      ['Roles', 'Roles', 'roles-390'],
      ['Usage', 'Usage', 'usage-390'],
      ['Audit log', 'Audit log', 'audit-log-390'],
    ] as const) {
      await goToOnPhone(link, heading);
      await page.waitForLoadState('networkidle');
      expect([link, await horizontalOverflow(page)]).toEqual([link, 0]);
      await screenshot(page, shot);
    }

    // An unknown address shows the dashboard's own not-found page.
    await page.goto('/settings/whatever');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'not-found-390');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('answers a deep link with the app and unknown API paths with the envelope', async () => {
    const page = await fetch(`${platform.gatewayUrl}/settings/developer/api-keys`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const script = await fetch(`${platform.gatewayUrl}${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toContain('immutable');
    const unknown = await fetch(`${platform.gatewayUrl}/api/v1/nothing-here`, {
      headers: { accept: 'text/html' },
    });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { success: boolean }).success).toBe(false);

    // A browser on an unknown page gets the app (which shows its not-found page), with 404.
    const missingPage = await fetch(`${platform.gatewayUrl}/nope`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(missingPage.status).toBe(404);
    expect(missingPage.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await missingPage.text()).toBe(html);
    const missingForApi = await fetch(`${platform.gatewayUrl}/nope`);
    expect(missingForApi.status).toBe(404);
    expect(((await missingForApi.json()) as { success: boolean }).success).toBe(false);
  });
});
