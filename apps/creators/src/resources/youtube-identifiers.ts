import type { ChannelLookup } from '@tally/youtube';

const CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/;
// YouTube handles: 3 to 30 letters, digits, dots, dashes and underscores.
const HANDLE = /^@?([A-Za-z0-9._-]{3,30})$/;
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'music.youtube.com',
]);

function asUrl(identifier: string): URL | null {
  const text = /^https?:\/\//i.test(identifier) ? identifier : `https://${identifier}`;
  try {
    const url = new URL(text);
    return YOUTUBE_HOSTS.has(url.hostname.toLowerCase()) || url.hostname === 'youtu.be'
      ? url
      : null;
  } catch {
    return null;
  }
}

/**
 * A channel as a customer may name it: its id (`UC...`), its handle (with or
 * without `@`), or its URL (`youtube.com/@handle`, `youtube.com/channel/UC...`).
 * Null when it is none of those (a legacy `/c/` or `/user/` URL has no lookup
 * that costs one unit).
 */
export function channelLookupOf(identifier: string): ChannelLookup | null {
  const text = identifier.trim();
  if (CHANNEL_ID.test(text)) return { id: text };
  if (text.includes('/')) {
    const url = asUrl(text);
    if (!url || url.hostname === 'youtu.be') return null;
    const [first, second] = url.pathname.split('/').filter((part) => part !== '');
    if (first?.startsWith('@')) return channelLookupOf(decodeURIComponent(first));
    if (first === 'channel' && second && CHANNEL_ID.test(second)) return { id: second };
    return null;
  }
  const handle = HANDLE.exec(text);
  return handle ? { handle: handle[1]!.toLowerCase() } : null;
}

/**
 * A video as a customer may name it: its id, or a URL (`watch?v=`,
 * `youtu.be/<id>`, `/shorts/<id>`, `/embed/<id>`, `/live/<id>`). Null otherwise.
 */
export function videoIdOf(identifier: string): string | null {
  const text = identifier.trim();
  if (VIDEO_ID.test(text)) return text;
  const url = asUrl(text);
  if (!url) return null;
  const parts = url.pathname.split('/').filter((part) => part !== '');
  const candidate =
    url.hostname === 'youtu.be'
      ? parts[0]
      : parts[0] === 'watch'
        ? (url.searchParams.get('v') ?? undefined)
        : ['shorts', 'embed', 'live', 'v'].includes(parts[0] ?? '')
          ? parts[1]
          : undefined;
  return candidate !== undefined && VIDEO_ID.test(candidate) ? candidate : null;
}

/** The cache key part of a channel lookup: the same channel however it was spelled. */
export function channelLookupKey(lookup: ChannelLookup): string {
  return 'id' in lookup ? `id:${lookup.id}` : `handle:${lookup.handle.toLowerCase()}`;
}
