import type { Platform, VideoView } from '../../api/types';
import { formatCount, formatDuration } from '../../lib/format';

export interface VideoFigure {
  name: string;
  value: (video: VideoView) => string;
}

const VIEWS: VideoFigure = { name: 'Views', value: (video) => formatCount(video.views) };
const LIKES: VideoFigure = { name: 'Likes', value: (video) => formatCount(video.likes) };
const COMMENTS: VideoFigure = { name: 'Comments', value: (video) => formatCount(video.comments) };
const SHARES: VideoFigure = { name: 'Shares', value: (video) => formatCount(video.shares) };
const LENGTH: VideoFigure = { name: 'Length', value: (video) => formatDuration(video.duration) };

/**
 * The figures each platform gives about a video: shares only TikTok, no length
 * on Instagram. A figure a platform gives only sometimes (Instagram's views,
 * hidden likes) stays, and reads "—" where it is missing.
 */
const FIGURES: Record<Platform, readonly VideoFigure[]> = {
  TIKTOK: [VIEWS, LIKES, COMMENTS, SHARES, LENGTH],
  INSTAGRAM: [VIEWS, LIKES, COMMENTS],
  YOUTUBE: [VIEWS, LIKES, COMMENTS, LENGTH],
};

export function videoFigures(platform: Platform): readonly VideoFigure[] {
  return FIGURES[platform];
}

/** What the platform calls what its creators publish. */
export function videoNoun(platform: Platform): { one: string; many: string } {
  return platform === 'INSTAGRAM'
    ? { one: 'Post', many: 'Posts' }
    : { one: 'Video', many: 'Videos' };
}

const TITLE_LENGTH = 80;

/** The first line of a caption, cut at a word near `max` characters. */
function shorten(text: string, max: number): string {
  const line = text.trim().split('\n')[0].trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The name a video is listed under: its title, or the caption where the
 * platform has no titles (Instagram), shortened; `full` is the whole text when
 * it was.
 */
export function videoTitle(video: VideoView, platform: Platform): { text: string; full?: string } {
  const noun = videoNoun(platform).one.toLowerCase();
  const source =
    (platform === 'INSTAGRAM' ? null : video.title?.trim()) || video.description?.trim();
  if (!source) return { text: `Untitled ${noun}` };
  const text = shorten(source, TITLE_LENGTH);
  return text === source ? { text } : { text, full: source };
}

const INSTAGRAM_KINDS: Record<string, string> = {
  IMAGE: 'Photo',
  VIDEO: 'Video',
  CAROUSEL_ALBUM: 'Carousel',
};

const YOUTUBE_BROADCASTS: Record<string, string> = { live: 'Live now', upcoming: 'Upcoming' };

/** A word about what kind of post it is, where the platform says: "Carousel", "Live now". */
export function videoKind(video: VideoView, platform: Platform): string | null {
  const data = video.platformData;
  if (platform === 'INSTAGRAM' && typeof data.mediaType === 'string')
    return INSTAGRAM_KINDS[data.mediaType] ?? null;
  if (platform === 'YOUTUBE' && typeof data.liveBroadcastContent === 'string')
    return YOUTUBE_BROADCASTS[data.liveBroadcastContent] ?? null;
  return null;
}
