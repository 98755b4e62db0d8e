import type { PlatformCall } from '@tally/platform-kit';
import { firstMediaPage, profile, viewsInsights } from '../../test/fixtures/recorded-answers.js';
import { ANY_PROFILE, clientWithOptions, tokensWith } from '../../test/support/client-with.js';

describe('InstagramClient beforeCall', () => {
  it('announces every Graph call on the creator’s behalf, insights included, before sending it', async () => {
    const calls: PlatformCall[] = [];
    const tokens = tokensWith(['instagram_business_basic', 'instagram_business_manage_insights']);
    const { client, sent } = clientWithOptions(
      {
        beforeCall: async (call) => {
          calls.push(call);
        },
      },
      profile,
      firstMediaPage,
      viewsInsights(10),
      viewsInsights(20),
    );

    await client.profile(tokens);
    await client.mediaPage(tokens, ANY_PROFILE, null);

    expect(calls).toHaveLength(sent.length);
    expect(calls.slice(0, 2)).toEqual([
      { endpoint: '/me', externalUserId: tokens.externalUserId },
      { endpoint: '/me/media', externalUserId: tokens.externalUserId },
    ]);
    expect(calls.slice(2).every((call) => call.endpoint.endsWith('/insights'))).toBe(true);
  });

  it('sends nothing when the hook refuses the call, and fails with its error', async () => {
    const refusal = new Error('over the creator’s hourly budget');
    const { client, sent } = clientWithOptions({
      beforeCall: () => Promise.reject(refusal),
    });

    await expect(client.profile(tokensWith())).rejects.toBe(refusal);
    expect(sent).toHaveLength(0);
  });

  it('does not count the token calls, which Instagram does not limit per creator', async () => {
    const calls: PlatformCall[] = [];
    const { client } = clientWithOptions({
      beforeCall: async (call) => {
        calls.push(call);
      },
    });

    await client.refresh(tokensWith()).catch(() => undefined);

    expect(calls).toEqual([]);
  });
});
