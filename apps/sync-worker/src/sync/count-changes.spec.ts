import { countChanges } from './count-changes.js';

describe('countChanges', () => {
  it('answers each count minus its previous value, null where either is unknown', () => {
    const changes = countChanges(
      { followers: 100, following: 10, likes: null, videoCount: 7, totalViews: 50 },
      { followers: 90, following: 12, likes: 5, videoCount: 7, totalViews: null },
    );

    expect(changes).toEqual({
      followers: -10,
      following: 2,
      likes: null,
      videoCount: 0,
      totalViews: null,
    });
  });
});
