import {
  creatorLabel,
  keyActorLabel,
  keyTargetLabel,
  oauthClientActorLabel,
} from './audit-labels.js';

describe('audit labels', () => {
  it('names a key acting by its name and start', () => {
    expect(keyActorLabel('CI deploy', 'tly_sk_ab12cd')).toBe(
      "API key 'CI deploy' (tly_sk_ab12cd…)",
    );
  });

  it('names a key as a target without saying it is a key', () => {
    expect(keyTargetLabel('CI deploy', 'tly_sk_ab12cd')).toBe('CI deploy (tly_sk_ab12cd…)');
  });

  it('names an OAuth client acting', () => {
    expect(oauthClientActorLabel('Zapier')).toBe("OAuth client 'Zapier'");
  });

  it('names a creator by @username and platform, in any spelling of the platform', () => {
    expect(creatorLabel('TIKTOK', 'alice')).toBe('@alice (TikTok)');
    expect(creatorLabel('youtube', '@bob')).toBe('@bob (YouTube)');
    expect(creatorLabel('instagram', 'carol')).toBe('@carol (Instagram)');
  });

  it('falls back to the platform id, then to the platform, without a username', () => {
    expect(creatorLabel('TIKTOK', null, 'open-123')).toBe('TikTok account open-123');
    expect(creatorLabel('TIKTOK', undefined)).toBe('a TikTok account');
    expect(creatorLabel('MASTODON', null)).toBe('a MASTODON account');
  });
});
