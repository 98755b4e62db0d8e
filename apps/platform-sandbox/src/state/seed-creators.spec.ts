import { seedCreators } from './seed-creators.js';

describe('seedCreators', () => {
  it('seeds the same creators and videos every time', () => {
    expect(seedCreators()).toEqual(seedCreators());
  });

  it('gives every creator 45 to 130 public videos, newest first with distinct times', () => {
    for (const creator of seedCreators()) {
      const publicCount = creator.videos.filter((video) => video.isPublic).length;
      const times = creator.videos.map((video) => video.createTime);

      expect(publicCount).toBeGreaterThanOrEqual(45);
      expect(publicCount).toBeLessThanOrEqual(130);
      expect(times.every((time, index) => index === 0 || time < (times[index - 1] as number))).toBe(
        true,
      );
    }
  });

  it('gives videos 19-digit ids beyond 2^53, unique across creators', () => {
    const ids = seedCreators().flatMap((creator) => creator.videos.map((video) => video.id));

    expect(ids.every((id) => /^\d{19}$/.test(id))).toBe(true);
    expect(ids.every((id) => BigInt(id) > BigInt(Number.MAX_SAFE_INTEGER))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('hides some videos as private', () => {
    const videos = seedCreators().flatMap((creator) => creator.videos);

    expect(videos.some((video) => !video.isPublic)).toBe(true);
  });
});
