/** Page tokens are opaque to clients; these carry the offset of the page they open. */
export function pageTokenOf(offset: number): string {
  return Buffer.from(`sandbox-page:${offset}`).toString('base64url');
}

export function offsetOfPageToken(token: string): number | undefined {
  const match = /^sandbox-page:(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
  return match ? Number(match[1]) : undefined;
}
