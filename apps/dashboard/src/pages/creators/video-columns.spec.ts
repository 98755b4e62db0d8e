import { describe, expect, it } from 'vitest';
import type { Platform, VideoView } from '../../api/types';
import { videoFigures, videoKind, videoNoun, videoTitle } from './video-columns';

function video(overrides: Partial<VideoView> = {}): VideoView {
  return {
    id: 'v-1',
    externalId: 'x-1',
    title: 'A title',
    description: 'A description',
    views: 1200,
    likes: 30,
    comments: 4,
    shares: 2,
    duration: 65,
    coverUrl: null,
    shareUrl: null,
    publishedAt: '2026-03-01T00:00:00.000Z',
    platformData: {},
    ...overrides,
  };
}

describe('videoFigures', () => {
  const names = (platform: Platform) => videoFigures(platform).map((figure) => figure.name);

  it('shows shares only for TikTok and no length for Instagram', () => {
    expect(names('TIKTOK')).toEqual(['Views', 'Likes', 'Comments', 'Shares', 'Length']);
    expect(names('INSTAGRAM')).toEqual(['Views', 'Likes', 'Comments']);
    expect(names('YOUTUBE')).toEqual(['Views', 'Likes', 'Comments', 'Length']);
  });

  it('shows a dash for a figure the platform left out of one video', () => {
    const values = videoFigures('YOUTUBE').map((figure) =>
      figure.value(video({ likes: null, comments: null })),
    );
    expect(values).toEqual(['1.2K', '—', '—', '1:05']);
  });
});

describe('videoTitle', () => {
  it('uses the title, or the description when there is none', () => {
    expect(videoTitle(video(), 'YOUTUBE')).toEqual({ text: 'A title' });
    expect(videoTitle(video({ title: '  ' }), 'TIKTOK')).toEqual({ text: 'A description' });
    expect(videoTitle(video({ title: null, description: null }), 'TIKTOK')).toEqual({
      text: 'Untitled video',
    });
  });

  it("uses an Instagram post's caption, shortened at a word, with the whole of it kept", () => {
    const caption =
      'Sunrise over the glacier this morning, after three days of waiting for the clouds to lift #nature\nSecond line';
    expect(videoTitle(video({ title: null, description: caption }), 'INSTAGRAM')).toEqual({
      text: 'Sunrise over the glacier this morning, after three days of waiting for the…',
      full: caption,
    });
    expect(videoTitle(video({ title: null, description: null }), 'INSTAGRAM')).toEqual({
      text: 'Untitled post',
    });
  });
});

describe('videoNoun and videoKind', () => {
  it("calls Instagram's videos posts", () => {
    expect(videoNoun('INSTAGRAM')).toEqual({ one: 'Post', many: 'Posts' });
    expect(videoNoun('YOUTUBE')).toEqual({ one: 'Video', many: 'Videos' });
  });

  it("names an Instagram post's kind and a YouTube broadcast", () => {
    expect(videoKind(video({ platformData: { mediaType: 'CAROUSEL_ALBUM' } }), 'INSTAGRAM')).toBe(
      'Carousel',
    );
    expect(videoKind(video({ platformData: { liveBroadcastContent: 'live' } }), 'YOUTUBE')).toBe(
      'Live now',
    );
    expect(
      videoKind(video({ platformData: { liveBroadcastContent: 'none' } }), 'YOUTUBE'),
    ).toBeNull();
    expect(videoKind(video(), 'TIKTOK')).toBeNull();
  });
});
