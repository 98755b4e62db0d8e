import {
  isSupportedPlatform,
  parsePlatform,
  platformNotSupportedMessage,
  PLATFORMS,
} from './platforms.js';

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
  it('supports TikTok only, for now', () => {
    expect(PLATFORMS.filter(isSupportedPlatform)).toEqual(['TIKTOK']);
  });
});

describe('platformNotSupportedMessage', () => {
  it('names the platform as people write it and what is supported', () => {
    expect(platformNotSupportedMessage('YOUTUBE')).toBe(
      'YouTube is not supported yet; supported platforms: TIKTOK.',
    );
  });
});
