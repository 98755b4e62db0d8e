import { PLATFORM_NAMES } from '@tally/contracts/browser';
import type { CreatorProfile } from '../../api/types';
import { formatDate } from '../../lib/format';

export interface DetailItem {
  label: string;
  text: string;
  /** A link to follow, for a website. */
  href?: string;
}

type Creator = Pick<CreatorProfile, 'platform' | 'platformData'>;

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The address when it is a web page; anything else (`javascript:`) is never a link. */
export function httpUrl(value: unknown): string | null {
  const candidate = text(value);
  if (!candidate) return null;
  try {
    const url = new URL(candidate);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

const ACCOUNT_TYPES: Record<string, string> = {
  BUSINESS: 'Business',
  MEDIA_CREATOR: 'Creator',
  PERSONAL: 'Personal',
};

/** `MEDIA_CREATOR` → "Creator"; a type we do not know yet in plain words. */
function accountType(value: string): string {
  const known = ACCOUNT_TYPES[value.toUpperCase()];
  if (known) return known;
  const words = value.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const regions = new Intl.DisplayNames(['en'], { type: 'region' });

/** `GB` → "United Kingdom"; a code Intl does not know stays as it is. */
function countryName(code: string): string {
  try {
    return regions.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** A YouTube `customUrl` as the handle people type: `@natgeo`. */
export function youtubeHandle(creator: Creator): string | null {
  const customUrl = text(creator.platformData.customUrl);
  if (!customUrl) return null;
  return customUrl.startsWith('@') ? customUrl : `@${customUrl}`;
}

function instagramDetails(data: Creator['platformData']): DetailItem[] {
  const items: DetailItem[] = [];
  const type = text(data.accountType);
  if (type) items.push({ label: 'Account type', text: accountType(type) });
  const website = text(data.website);
  if (website) {
    const href = httpUrl(website);
    items.push(
      href
        ? { label: 'Website', text: website.replace(/^https?:\/\//i, '').replace(/\/$/, ''), href }
        : { label: 'Website', text: website },
    );
  }
  return items;
}

function youtubeDetails(creator: Creator): DetailItem[] {
  const data = creator.platformData;
  const items: DetailItem[] = [];
  const handle = youtubeHandle(creator);
  if (handle) items.push({ label: 'Channel handle', text: handle });
  const country = text(data.country);
  if (country) items.push({ label: 'Country', text: countryName(country) });
  const created = text(data.publishedAt);
  if (created && !Number.isNaN(Date.parse(created)))
    items.push({ label: 'Channel created', text: formatDate(created) });
  if (data.hiddenSubscriberCount === true)
    items.push({ label: 'Subscribers', text: 'Hidden by the channel' });
  return items;
}

/** What only the creator's platform tells about them, with labels people read. */
export function platformDetails(creator: Creator): DetailItem[] {
  switch (creator.platform) {
    case 'INSTAGRAM':
      return instagramDetails(creator.platformData);
    case 'YOUTUBE':
      return youtubeDetails(creator);
    default:
      return [];
  }
}

/**
 * The creator's page on their platform: the address the API gives, or else
 * the one their username (or YouTube channel) makes.
 */
export function profileLink(
  creator: Pick<
    CreatorProfile,
    'platform' | 'platformData' | 'profileUrl' | 'username' | 'externalId'
  >,
): { href: string; label: string } | null {
  const label = `Profile on ${PLATFORM_NAMES[creator.platform]}`;
  const given = httpUrl(creator.profileUrl);
  if (given) return { href: given, label };
  const username = creator.username ? encodeURIComponent(creator.username) : null;
  switch (creator.platform) {
    case 'TIKTOK':
      return username ? { href: `https://www.tiktok.com/@${username}`, label } : null;
    case 'INSTAGRAM':
      return username ? { href: `https://www.instagram.com/${username}/`, label } : null;
    case 'YOUTUBE': {
      const handle = youtubeHandle(creator);
      return {
        href: handle
          ? `https://www.youtube.com/${encodeURIComponent(handle).replace('%40', '@')}`
          : `https://www.youtube.com/channel/${encodeURIComponent(creator.externalId)}`,
        label,
      };
    }
  }
}
