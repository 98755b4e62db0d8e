import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { SandboxCreator, SandboxVideo } from '../state/seed-creators.js';

/** Cover links expire 6 hours after they are handed out, as TikTok's do. */
export const COVER_URL_TTL_SECONDS = 6 * 3600;

/**
 * Links point back at the sandbox (whatever address the caller used), so that
 * a dashboard showing avatars and covers works offline.
 */
export function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

export function avatarUrl(origin: string, creator: SandboxCreator, size: number): string {
  return `${origin}/sandbox/cdn/avatars/${creator.openId}?size=${size}`;
}

export function coverUrl(origin: string, video: SandboxVideo, nowSeconds: number): string {
  const expires = nowSeconds + COVER_URL_TTL_SECONDS;
  const signature = encodeURIComponent(coverSignature(video.id, expires));
  return `${origin}/sandbox/cdn/covers/${video.id}?x-expires=${expires}&x-signature=${signature}`;
}

export function coverSignature(videoId: string, expires: number): string {
  return createHash('sha256').update(`${videoId}:${expires}`).digest('base64').slice(0, 27);
}

export function profileDeepLink(origin: string, creator: SandboxCreator): string {
  return `${origin}/@${creator.username}`;
}

export function shareUrl(
  origin: string,
  creator: SandboxCreator,
  video: SandboxVideo,
  clientKey: string,
): string {
  return `${origin}/@${creator.username}/video/${video.id}?utm_campaign=tt4d_open_api&utm_source=${encodeURIComponent(clientKey)}`;
}

export function embedLink(origin: string, video: SandboxVideo): string {
  return `${origin}/player/v1/${video.id}`;
}
