import type { SandboxState } from '../state/sandbox-state.js';
import {
  madeUpYouTubeChannel,
  uploadsPlaylistOf,
  type YouTubeChannel,
} from './youtube-channels.js';

export function youtubeCreatorView(channel: YouTubeChannel, position: number) {
  return {
    platform: 'youtube',
    position,
    channel_id: channel.id,
    username: channel.username,
    handle: `@${channel.username}`,
    title: channel.title,
    uploads_playlist_id: uploadsPlaylistOf(channel),
    hidden_subscriber_count: channel.hiddenSubscriberCount,
    video_count: channel.videos.length,
  };
}

export function listYouTubeCreators(state: SandboxState) {
  return state.youtube.catalog.accounts.map((channel, index) =>
    youtubeCreatorView(channel, index + 1),
  );
}

/** A made-up channel with `videoCount` videos; undefined when the handle or id is taken. */
export function addYouTubeCreator(state: SandboxState, handle: string, videoCount: number) {
  const channel = madeUpYouTubeChannel(handle, videoCount);
  const { catalog } = state.youtube;
  if (!catalog.add(channel)) return undefined;
  return youtubeCreatorView(channel, catalog.accounts.length);
}

export function youtubeVideoIds(state: SandboxState, login: string): string[] | undefined {
  return state.youtube.catalog.find(login)?.videos.map((video) => video.id);
}
