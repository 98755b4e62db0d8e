import type { InstagramMedia } from './instagram-accounts.js';

/** Graph cursors are opaque base64 strings; these carry the id of the item they point at. */
export function cursorOf(media: InstagramMedia): string {
  return Buffer.from(`ig_media:${media.id}`).toString('base64url');
}

/** The position of the item a cursor points at, or undefined for a cursor the sandbox never gave. */
export function positionOfCursor(
  media: readonly InstagramMedia[],
  cursor: string,
): number | undefined {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  const id = decoded.startsWith('ig_media:') ? decoded.slice('ig_media:'.length) : undefined;
  const position = media.findIndex((item) => item.id === id);
  return position === -1 ? undefined : position;
}

export interface MediaWindow {
  start: number;
  end: number;
}

/** Which slice of the list a page covers: after a cursor, before one, or from the top. */
export function mediaWindow(
  media: readonly InstagramMedia[],
  limit: number,
  after: string | undefined,
  before: string | undefined,
): MediaWindow | undefined {
  if (after !== undefined) {
    const position = positionOfCursor(media, after);
    if (position === undefined) return undefined;
    return { start: position + 1, end: Math.min(media.length, position + 1 + limit) };
  }
  if (before !== undefined) {
    const position = positionOfCursor(media, before);
    if (position === undefined) return undefined;
    return { start: Math.max(0, position - limit), end: position };
  }
  return { start: 0, end: Math.min(media.length, limit) };
}
