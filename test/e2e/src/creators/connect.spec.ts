import { bearer, createKey, signUp } from '../accounts.js';
import { CONNECT_CALLBACK_PATH, Platform } from '../platform.js';
import {
  ALLOWED_REDIRECT_URL,
  CreatorsApi,
  isCallbackUrl,
  openerMessage,
  REDIRECT_URL,
} from './creators-api.js';
import { readForm, submitForm } from './html-form.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The connect flow as a creator's browser goes through it: Tally's authorize
 * URL, TikTok's consent page (the sandbox's), its form, and the redirects back
 * through the gateway's callback, every hop an HTTP request of its own.
 */
describe('connecting a TikTok account through the consent page', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await Platform.start({}, { tiktok: true });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  /** A new account whose only allowed redirect URL is ALLOWED_REDIRECT_URL (or none). */
  async function newAccount(allowed = [ALLOWED_REDIRECT_URL]): Promise<CreatorsApi> {
    const owner = await signUp(platform);
    const api = new CreatorsApi(platform, bearer((await createKey(platform, owner)).key));
    if (allowed.length > 0) await api.replaceRedirectUrls(allowed);
    return api;
  }

  async function refusal(api: CreatorsApi, redirectUrl: string) {
    const response = await api.send('POST', '/api/v1/connect/tiktok', { redirectUrl });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  /** GETs Tally's authorize URL as a browser would and reads the consent page's form. */
  async function openConsentPage(authUrl: string) {
    const response = await fetch(authUrl, { redirect: 'manual' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    return readForm(await response.text(), authUrl);
  }

  it('sends the browser back to the redirectUrl with creatorId and status=connected once the creator approves', async () => {
    const api = await newAccount();
    const started = await api.startConnect({ redirectUrl: REDIRECT_URL });
    const authUrl = new URL(started.authUrl);
    expect(authUrl.origin + authUrl.pathname).toBe(`${platform.sandbox.url}/v2/auth/authorize/`);
    expect(authUrl.searchParams.get('state')).toBe(started.state);
    expect(authUrl.searchParams.get('redirect_uri')).toBe(
      `${platform.gatewayUrl}${CONNECT_CALLBACK_PATH}`,
    );

    const form = await openConsentPage(started.authUrl);
    expect(form.buttons.map((button) => button.label)).toEqual(['Deny', 'Approve']);
    const approved = await submitForm(form, 'Approve', { sandbox_user: 'ines.travels' });
    expect(approved.status).toBe(302);
    const callbackUrl = approved.headers.get('location') ?? '';
    expect(isCallbackUrl(platform, callbackUrl)).toBe(true);
    expect(new URL(callbackUrl).searchParams.get('state')).toBe(started.state);

    const callback = await fetch(callbackUrl, { redirect: 'manual' });
    expect(callback.status).toBe(302);
    const back = new URL(callback.headers.get('location') ?? '');
    expect(back.origin + back.pathname).toBe('https://shop.example/creators/connected');
    expect(back.searchParams.get('tab')).toBe('tiktok');
    expect(back.searchParams.get('status')).toBe('connected');
    const creatorId = back.searchParams.get('creatorId') ?? '';
    expect(creatorId).toMatch(UUID);
    const ines = await platform.sandbox.creator('ines.travels');
    expect(await api.profile(creatorId)).toMatchObject({
      id: creatorId,
      platform: 'TIKTOK',
      username: 'ines.travels',
      externalId: ines.open_id,
      status: 'connected',
    });
  });

  it('answers a page that tells the popup opener when no redirectUrl was given', async () => {
    const api = await newAccount();
    const started = await api.startConnect();
    const form = await openConsentPage(started.authUrl);
    const approved = await submitForm(form, 'Approve', { sandbox_user: 'kofi.codes' });

    const callback = await fetch(approved.headers.get('location') ?? '', { redirect: 'manual' });

    expect(callback.status).toBe(200);
    expect(callback.headers.get('content-type')).toMatch(/^text\/html/);
    expect(callback.headers.get('cache-control')).toBe('no-store');
    const html = await callback.text();
    expect(html).toContain('TikTok account connected');
    const message = openerMessage(html);
    expect(message).toEqual({
      type: 'tally:connect',
      status: 'connected',
      creatorId: expect.stringMatching(UUID),
    });
    expect((await api.profile(String(message.creatorId))).username).toBe('kofi.codes');
  });

  it('refuses a replayed callback with a 400 page and connects the creator only once', async () => {
    const api = await newAccount();
    const started = await api.startConnect({ redirectUrl: REDIRECT_URL });
    const callbackUrl = await platform.sandbox.decide(started.authUrl, 'maya.bakes', 'approve');
    const first = await fetch(callbackUrl, { redirect: 'manual' });
    expect(first.status).toBe(302);
    const exchanges = await platform.sandbox.calls('/v2/oauth/token/');

    const replayed = await fetch(callbackUrl, { redirect: 'manual' });

    expect(replayed.status).toBe(400);
    expect(replayed.headers.get('content-type')).toMatch(/^text\/html/);
    expect(replayed.headers.get('location')).toBeNull();
    const html = await replayed.text();
    expect(html).toContain('This link was already used');
    expect(openerMessage(html)).toMatchObject({ status: 'error', reason: 'state_used' });
    expect(await platform.sandbox.calls('/v2/oauth/token/')).toBe(exchanges);
    const creators = await api.list();
    expect(creators.items.map((creator) => creator.id)).toEqual([
      new URL(first.headers.get('location') ?? '').searchParams.get('creatorId'),
    ]);
  });

  it('sends the browser back with status=error and error=access_denied when the creator denies, and stores nothing', async () => {
    const api = await newAccount();
    const started = await api.startConnect({ redirectUrl: REDIRECT_URL });
    const form = await openConsentPage(started.authUrl);

    const denied = await submitForm(form, 'Deny');
    expect(denied.status).toBe(302);
    const callbackUrl = new URL(denied.headers.get('location') ?? '');
    expect(callbackUrl.searchParams.get('error')).toBe('access_denied');
    expect(callbackUrl.searchParams.has('code')).toBe(false);
    const callback = await fetch(callbackUrl, { redirect: 'manual' });

    expect(callback.status).toBe(302);
    const back = new URL(callback.headers.get('location') ?? '');
    expect(back.origin + back.pathname).toBe('https://shop.example/creators/connected');
    expect(back.searchParams.get('status')).toBe('error');
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.has('creatorId')).toBe(false);
    expect((await api.list()).items).toEqual([]);
  });

  describe('redirect URLs the account did not allow', () => {
    it('refuses a redirectUrl off the allowed list with 400 naming redirectUrl', async () => {
      const api = await newAccount();

      const refused = await refusal(api, 'https://evil.example/creators/connected');

      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({
        success: false,
        error: { code: 'validation_failed', details: [{ field: 'redirectUrl' }] },
      });
    });

    it('refuses a redirectUrl beside the allowed path', async () => {
      const api = await newAccount();

      expect((await refusal(api, 'https://shop.example/creatorship')).status).toBe(400);
    });

    it('refuses every redirectUrl until the account allows one', async () => {
      const api = await newAccount([]);

      expect((await refusal(api, REDIRECT_URL)).status).toBe(400);
      await api.replaceRedirectUrls([ALLOWED_REDIRECT_URL]);
      await expect(api.startConnect({ redirectUrl: REDIRECT_URL })).resolves.toMatchObject({
        state: expect.any(String),
      });
    });

    it('lists the allowed redirect URLs as they were stored', async () => {
      const api = await newAccount([]);

      await api.replaceRedirectUrls(['https://shop.example/creators/', 'http://localhost:5173']);

      const listed = await api.get('/api/v1/connect/redirect-urls');
      expect(await listed.json()).toMatchObject({
        data: { urls: ['https://shop.example/creators', 'http://localhost:5173'] },
      });
    });
  });

  it("posts the popup's message only to the origin that started the flow", async () => {
    const owner = await signUp(platform);
    const shop = 'https://shop.example';
    const publishable = await createKey(platform, owner, {
      type: 'publishable',
      roles: ['read-only'],
      allowedOrigins: [shop],
    });
    const browser = new CreatorsApi(platform, { ...bearer(publishable.key), origin: shop });
    const started = await browser.startConnect();
    const callbackUrl = await platform.sandbox.decide(started.authUrl, 'leo.lifts', 'approve');

    const html = await (await fetch(callbackUrl, { redirect: 'manual' })).text();

    expect(html).toContain(`var target = "${shop}";`);
    expect(html).not.toContain("'*'");
  });
});
