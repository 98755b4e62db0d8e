import { mayListVideos } from './granted-fields.js';

describe('mayListVideos', () => {
  it('is true with video.list or unknown scopes, false without it', () => {
    expect(mayListVideos(['user.info.basic', 'video.list'])).toBe(true);
    expect(mayListVideos([])).toBe(true);
    expect(mayListVideos(['user.info.basic'])).toBe(false);
  });
});
