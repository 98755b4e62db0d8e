import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';

export const PASSWORD = 'correct horse battery staple';

/** Signs up through the dashboard's own form; lands on the creators page. */
export async function signUpInBrowser(page: Page, accountName = 'Acme Creators'): Promise<string> {
  const email = `owner-${randomUUID()}@example.com`;
  await page.goto('/signup');
  await page.getByLabel('Company or team name').fill(accountName);
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Creators', level: 1 }).waitFor();
  return email;
}

export async function goTo(page: Page, linkName: string, heading: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: linkName })
    .click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

/** Creates a key with the create dialog and returns the secret shown once. */
export async function createKeyInBrowser(
  page: Page,
  input: { name: string; role: string; environment?: 'Development' | 'Production' },
): Promise<string> {
  await page.getByRole('button', { name: 'Create API key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create an API key' });
  await dialog.getByLabel('Name').fill(input.name);
  if (input.environment)
    await dialog.getByLabel('Environment').selectOption({ label: input.environment });
  await dialog.getByRole('checkbox', { name: new RegExp(`^${input.role}\\b`) }).check();
  await dialog.getByRole('button', { name: 'Create key' }).click();
  const reveal = page.getByRole('dialog', { name: 'Your new API key' });
  const key = (await reveal.getByTestId('secret-value').textContent()) ?? '';
  return key.trim();
}

/** Reads until `accept` holds (or the time is up) and returns the last reading, for an assertion. */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Types a URL into the redirect URLs page's add form and adds it (not saved yet). */
export async function addRedirectUrlInBrowser(page: Page, url: string): Promise<void> {
  await page.getByLabel('Redirect URL').fill(url);
  await page.getByRole('button', { name: 'Add URL' }).click();
}
