import type { PlatformCall } from '@tally/platform-kit';
import { unitCostOf } from '../quota/quota.js';
import {
  ownChannel,
  tokenRefreshed,
  uploadsLastPage,
  videosOfFirstPage,
} from '../../test/fixtures/recorded-answers.js';
import { clientWithOptions, storedTokens } from '../../test/support/client-with.js';

function recording() {
  const calls: PlatformCall[] = [];
  return {
    calls,
    beforeCall: async (call: PlatformCall) => {
      calls.push(call);
    },
  };
}

describe('YouTubeClient beforeCall', () => {
  it('announces each Data API call before sending it, and no OAuth call', async () => {
    const { calls, beforeCall } = recording();
    const { client, sent } = clientWithOptions(
      { beforeCall },
      tokenRefreshed,
      ownChannel,
      uploadsLastPage,
      videosOfFirstPage,
    );

    const tokens = await client.refresh(storedTokens());
    const profile = await client.profile(tokens);
    await client.mediaPage(tokens, profile, null);

    expect(calls.map((call) => call.endpoint)).toEqual([
      '/youtube/v3/channels',
      '/youtube/v3/playlistItems',
      '/youtube/v3/videos',
    ]);
    expect(sent).toHaveLength(4);
  });

  it('sends nothing when the hook refuses (the quota is spent)', async () => {
    const refusal = new Error('quota spent');
    const { client, sent } = clientWithOptions({ beforeCall: () => Promise.reject(refusal) });

    await expect(client.lookupChannel({ handle: 'x' })).rejects.toBe(refusal);
    expect(sent).toHaveLength(0);
  });
});

describe('unitCostOf', () => {
  it('charges one unit for each list method Tally calls, nothing for OAuth', () => {
    expect(unitCostOf('/youtube/v3/channels')).toBe(1);
    expect(unitCostOf('/youtube/v3/playlistItems')).toBe(1);
    expect(unitCostOf('/youtube/v3/videos')).toBe(1);
    expect(unitCostOf('/token')).toBe(0);
    expect(unitCostOf('/revoke')).toBe(0);
  });
});
