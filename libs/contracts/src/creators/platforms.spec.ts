import { isSupportedPlatform, parsePlatform, PLATFORMS, platformSlug } from './platforms.js';

describe('parsePlatform', () => {
  it.each(['tiktok', 'TikTok', 'TIKTOK', 'tIkToK'])('reads %s as TIKTOK', (value) => {
    expect(parsePlatform(value)).toBe('TIKTOK');
  });

  it.each(['youtube', 'Instagram'])('reads %s as a known platform', (value) => {
    expect(PLATFORMS).toContain(parsePlatform(value));
  });

  it.each([' tiktok', 'tiktok\n', 'tik tok', 'tıktok', 'TIK\u212aTOK', 'myspace', '', 5, null])(
    'does not read %j as a platform',
    (value) => {
      expect(parsePlatform(value)).toBeNull();
    },
  );
});

describe('isSupportedPlatform', () => {
  it('supports every platform Tally knows', () => {
    expect(PLATFORMS.filter(isSupportedPlatform)).toEqual(['TIKTOK', 'INSTAGRAM', 'YOUTUBE']);
  });
});

describe('platformSlug', () => {
  it.each([
    ['TIKTOK', 'tiktok'],
    ['INSTAGRAM', 'instagram'],
    ['YOUTUBE', 'youtube'],
  ] as const)('writes %s as %s in routes', (platform, slug) => {
    expect(platformSlug(platform)).toBe(slug);
  });

  it('gives a slug that reads back as its platform', () => {
    for (const platform of PLATFORMS) expect(parsePlatform(platformSlug(platform))).toBe(platform);
  });
});
