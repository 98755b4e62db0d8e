/** Read-only access to the creator's channel, uploads and their statistics: all Tally reads. */
export const YOUTUBE_READONLY_SCOPE = 'https://www.googleapis.com/auth/youtube.readonly';

export const DEFAULT_YOUTUBE_SCOPES: readonly string[] = [YOUTUBE_READONLY_SCOPE];
