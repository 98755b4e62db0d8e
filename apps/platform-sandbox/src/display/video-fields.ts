import type { SandboxCreator, SandboxVideo } from '../state/seed-creators.js';
import { coverUrl, embedLink, shareUrl } from './public-urls.js';

/** The fields the Video object documents (section 9 of the reference). */
export const VIDEO_FIELDS = [
  'id',
  'create_time',
  'cover_image_url',
  'share_url',
  'video_description',
  'duration',
  'height',
  'width',
  'title',
  'embed_html',
  'embed_link',
  'like_count',
  'comment_count',
  'share_count',
  'view_count',
];

export interface VideoLinkContext {
  origin: string;
  clientKey: string;
  nowSeconds: number;
}

/** Every field of one Video object; `id` stays a string. */
export function videoFieldValues(
  creator: SandboxCreator,
  video: SandboxVideo,
  links: VideoLinkContext,
): Record<string, unknown> {
  const share = shareUrl(links.origin, creator, video, links.clientKey);
  return {
    id: video.id,
    create_time: video.createTime,
    cover_image_url: coverUrl(links.origin, video, links.nowSeconds),
    share_url: share,
    video_description: video.description,
    duration: video.durationSeconds,
    height: video.height,
    width: video.width,
    title: video.title,
    embed_html: `<blockquote class="tiktok-embed" cite="${share}" data-video-id="${video.id}"><section>${video.title}</section></blockquote>`,
    embed_link: embedLink(links.origin, video),
    like_count: video.likeCount,
    comment_count: video.commentCount,
    share_count: video.shareCount,
    view_count: video.viewCount,
  };
}
