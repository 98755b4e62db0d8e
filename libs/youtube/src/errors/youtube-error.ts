import { PlatformError, type PlatformErrorDetails } from '@tally/platform-kit';

/** A PlatformError of YouTube (and of Google's OAuth service, which grants its tokens). */
export function youtubeError(details: Omit<PlatformErrorDetails, 'platform'>): PlatformError {
  return new PlatformError({ platform: 'YOUTUBE', ...details });
}
