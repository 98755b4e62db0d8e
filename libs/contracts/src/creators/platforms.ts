/** Every platform Tally knows, spelled as the API answers it. */
export const PLATFORMS = ['TIKTOK', 'INSTAGRAM', 'YOUTUBE'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** The platforms that work today: adding one here is what opens it on every route. */
export const SUPPORTED_PLATFORMS: readonly Platform[] = ['TIKTOK', 'INSTAGRAM', 'YOUTUBE'];

/** How people write each platform's name. */
export const PLATFORM_NAMES: Readonly<Record<Platform, string>> = {
  TIKTOK: 'TikTok',
  INSTAGRAM: 'Instagram',
  YOUTUBE: 'YouTube',
};

/**
 * A platform as a client may spell it, in any letter case (`tiktok`, `TikTok`,
 * `TIKTOK`), or null. Only ASCII letters count, so that whitespace or a
 * look-alike character (`ı`, the Kelvin sign) is refused rather than upper-cased
 * into a platform.
 */
export function parsePlatform(value: unknown): Platform | null {
  if (typeof value !== 'string' || !/^[A-Za-z]+$/.test(value)) return null;
  const upper = value.toUpperCase();
  return PLATFORMS.find((platform) => platform === upper) ?? null;
}

export function isSupportedPlatform(platform: Platform): boolean {
  return SUPPORTED_PLATFORMS.includes(platform);
}

/** `Instagram is not supported yet; supported platforms: TIKTOK.` */
export function platformNotSupportedMessage(platform: Platform): string {
  return `${PLATFORM_NAMES[platform]} is not supported yet; supported platforms: ${SUPPORTED_PLATFORMS.join(', ')}.`;
}

/** A platform as it appears in routes: `/api/v1/connect/youtube`. */
export function platformSlug(platform: Platform): string {
  return platform.toLowerCase();
}
