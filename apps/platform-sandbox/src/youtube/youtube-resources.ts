import { isoDuration, youtubeTimestamp } from '../platforms/time-format.js';
import { etagOf } from './data-api-parameters.js';
import { uploadsPlaylistOf, type YouTubeChannel, type YouTubeVideo } from './youtube-channels.js';

function thumbnails(origin: string, id: string) {
  const url = (size: string) => `${origin}/sandbox/cdn/youtube/${id}/${size}.svg`;
  return {
    default: { url: url('default'), width: 120, height: 90 },
    medium: { url: url('mqdefault'), width: 320, height: 180 },
    high: { url: url('hqdefault'), width: 480, height: 360 },
  };
}

/** A `youtube#channel` with the asked parts; counts are strings, the subscriber count left out when hidden. */
export function channelResource(channel: YouTubeChannel, parts: readonly string[], origin: string) {
  const viewCount = channel.videos.reduce((total, video) => total + video.viewCount, 0);
  const byPart: Record<string, unknown> = {
    snippet: {
      title: channel.title,
      description: channel.description,
      customUrl: `@${channel.username}`,
      publishedAt: youtubeTimestamp(channel.publishedAt),
      thumbnails: thumbnails(origin, channel.id),
      localized: { title: channel.title, description: channel.description },
      country: channel.country,
    },
    statistics: {
      viewCount: String(viewCount),
      ...(channel.hiddenSubscriberCount
        ? {}
        : { subscriberCount: String(channel.subscriberCount) }),
      hiddenSubscriberCount: channel.hiddenSubscriberCount,
      videoCount: String(channel.videos.length),
    },
    contentDetails: { relatedPlaylists: { likes: '', uploads: uploadsPlaylistOf(channel) } },
    status: { privacyStatus: 'public', isLinked: true, longUploadsStatus: 'allowed' },
  };
  return resource('youtube#channel', channel.id, parts, byPart);
}

export function playlistItemResource(
  channel: YouTubeChannel,
  video: YouTubeVideo,
  position: number,
  parts: readonly string[],
  origin: string,
) {
  const playlistId = uploadsPlaylistOf(channel);
  const byPart: Record<string, unknown> = {
    snippet: {
      publishedAt: youtubeTimestamp(video.publishedAt),
      channelId: channel.id,
      title: video.title,
      description: video.description,
      thumbnails: thumbnails(origin, video.id),
      channelTitle: channel.title,
      playlistId,
      position,
      resourceId: { kind: 'youtube#video', videoId: video.id },
      videoOwnerChannelTitle: channel.title,
      videoOwnerChannelId: channel.id,
    },
    contentDetails: { videoId: video.id, videoPublishedAt: youtubeTimestamp(video.publishedAt) },
    status: { privacyStatus: 'public' },
  };
  const id = Buffer.from(`${playlistId}.${video.id}`).toString('base64');
  return resource('youtube#playlistItem', id, parts, byPart);
}

/** A `youtube#video`: counts as strings, likeCount/commentCount absent when hidden or off. */
export function videoResource(
  channel: YouTubeChannel,
  video: YouTubeVideo,
  parts: readonly string[],
  origin: string,
) {
  const byPart: Record<string, unknown> = {
    snippet: {
      publishedAt: youtubeTimestamp(video.publishedAt),
      channelId: channel.id,
      title: video.title,
      description: video.description,
      thumbnails: thumbnails(origin, video.id),
      channelTitle: channel.title,
      tags: video.tags,
      categoryId: '22',
      liveBroadcastContent: 'none',
      localized: { title: video.title, description: video.description },
    },
    statistics: {
      viewCount: String(video.viewCount),
      ...(video.likeCount === undefined ? {} : { likeCount: String(video.likeCount) }),
      favoriteCount: '0',
      ...(video.commentCount === undefined ? {} : { commentCount: String(video.commentCount) }),
    },
    contentDetails: {
      duration: isoDuration(video.durationSeconds),
      dimension: '2d',
      definition: 'hd',
      caption: 'false',
      licensedContent: false,
      contentRating: {},
      projection: 'rectangular',
    },
    status: { uploadStatus: 'processed', privacyStatus: 'public', embeddable: true },
  };
  return resource('youtube#video', video.id, parts, byPart);
}

function resource(
  kind: string,
  id: string,
  parts: readonly string[],
  byPart: Record<string, unknown>,
) {
  const chosen = Object.fromEntries(
    parts.filter((part) => part !== 'id').map((part) => [part, byPart[part]]),
  );
  return { kind, etag: etagOf([id, ...parts]), id, ...chosen };
}

export const CHANNEL_PARTS = ['id', 'snippet', 'statistics', 'contentDetails', 'status'] as const;
export const PLAYLIST_ITEM_PARTS = ['id', 'snippet', 'contentDetails', 'status'] as const;
export const VIDEO_PARTS = ['id', 'snippet', 'statistics', 'contentDetails', 'status'] as const;
