import { insightMetricsParameter } from './insight-metrics.js';
import type { InstagramMedia } from './instagram-accounts.js';
import { hasEnoughViewers, MIN_VIEWS_FOR_INSIGHTS, mediaInsights } from './media-insights.js';

function media(overrides: Partial<InstagramMedia> = {}): InstagramMedia {
  return {
    id: '18123456789012345',
    postedAt: 1_790_000_000,
    mediaType: 'IMAGE',
    caption: 'a post',
    shortcode: 'ABCDEFGHIJK',
    likeCount: 1_200,
    commentsCount: 40,
    ...overrides,
  };
}

describe('mediaInsights', () => {
  it('is the same for the same media and differs between media', () => {
    expect(mediaInsights(media())).toEqual(mediaInsights(media()));
    expect(mediaInsights(media()).views).not.toBe(
      mediaInsights(media({ id: '18999999999999999' })).views,
    );
  });

  it('keeps likes and comments equal to the public counts and views above them', () => {
    for (const mediaType of ['IMAGE', 'VIDEO', 'CAROUSEL_ALBUM'] as const) {
      const insights = mediaInsights(media({ mediaType }));

      expect(insights.likes).toBe(1_200);
      expect(insights.comments).toBe(40);
      expect(insights.views).toBeGreaterThanOrEqual(1_240);
      expect(insights.reach).toBeLessThanOrEqual(insights.views);
      expect(insights.total_interactions).toBe(
        insights.likes + insights.comments + insights.saved + insights.shares,
      );
    }
  });

  it(`has too few viewers below ${MIN_VIEWS_FOR_INSIGHTS} views`, () => {
    expect(hasEnoughViewers(mediaInsights(media()))).toBe(true);
    expect(hasEnoughViewers(mediaInsights(media({ likeCount: 3, commentsCount: 0 })))).toBe(false);
  });
});

describe('insightMetricsParameter', () => {
  it('reads a comma-separated list, once each', () => {
    expect(insightMetricsParameter(' views, reach,views ')).toEqual({
      ok: true,
      metrics: ['views', 'reach'],
    });
  });

  it('refuses an empty list and names the first unknown metric by position', () => {
    expect(insightMetricsParameter(undefined)).toMatchObject({ ok: false, error: { code: 100 } });
    expect(insightMetricsParameter('views,impressions')).toMatchObject({
      ok: false,
      error: { code: 100, message: expect.stringContaining('metric[1] must be one of') },
    });
  });
});
