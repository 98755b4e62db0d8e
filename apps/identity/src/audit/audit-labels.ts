/** How the audit log names actors and targets, as a person reads them. */

export const SYSTEM_ACTOR_NAME = 'Tally';

export function keyActorLabel(name: string, start: string): string {
  return `API key '${name}' (${start}…)`;
}

export function oauthClientActorLabel(name: string): string {
  return `OAuth client '${name}'`;
}

export function keyTargetLabel(name: string, start: string): string {
  return `${name} (${start}…)`;
}

const PLATFORM_NAMES: Record<string, string> = {
  tiktok: 'TikTok',
  instagram: 'Instagram',
  youtube: 'YouTube',
};

/** `@alice (TikTok)`; a creator without a known username by its platform id. */
export function creatorLabel(
  platform: string,
  username: string | null | undefined,
  externalId?: string,
): string {
  const platformName = PLATFORM_NAMES[platform.toLowerCase()] ?? platform;
  if (username) return `@${username.replace(/^@/, '')} (${platformName})`;
  return externalId ? `${platformName} account ${externalId}` : `a ${platformName} account`;
}
