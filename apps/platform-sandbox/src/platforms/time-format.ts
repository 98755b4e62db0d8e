/** `2026-04-17T12:00:00+0000`, as the Graph API writes timestamps. */
export function graphTimestamp(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, '+0000');
}

/** `2026-04-17T12:00:00Z`, as the YouTube Data API writes them. */
export function youtubeTimestamp(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An ISO 8601 duration as YouTube gives it: `PT4M13S`, `PT1H2M`, `PT45S`. */
export function isoDuration(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const parts = [
    hours > 0 ? `${hours}H` : '',
    minutes > 0 ? `${minutes}M` : '',
    seconds > 0 || totalSeconds === 0 ? `${seconds}S` : '',
  ];
  return `PT${parts.join('')}`;
}
