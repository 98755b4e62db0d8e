import { escapeHtml } from '@tally/nest-kit';

/** Background colours, each with the text colour that reads best on it. */
const PALETTE = [
  { background: '#fe2c55', text: '#ffffff' },
  { background: '#25f4ee', text: '#0b1b2b' },
  { background: '#7c3aed', text: '#ffffff' },
  { background: '#f59e0b', text: '#1f1300' },
  { background: '#0f766e', text: '#ffffff' },
];

/** The letter's height as a share of the image's shorter side: legible even at 36 px. */
export const LABEL_SCALE = 0.45;

export function placeholderColors(seed: string): (typeof PALETTE)[number] {
  const sum = [...seed].reduce((total, character) => total + character.charCodeAt(0), 0);
  return PALETTE[sum % PALETTE.length];
}

/**
 * An SVG image of one colour (chosen by `seed`) with `label` centred on it,
 * sized to the image so that it stays readable wherever the image is shown
 * small (avatars, video covers).
 */
export function placeholderSvg(label: string, seed: string, width: number, height: number): string {
  const { background, text } = placeholderColors(seed);
  const fontSize = Math.round(Math.min(width, height) * LABEL_SCALE);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="${background}"/>` +
    `<text x="50%" y="50%" dominant-baseline="central" text-anchor="middle" font-family="sans-serif" font-weight="700" font-size="${fontSize}" fill="${text}">${escapeHtml(label)}</text>` +
    `</svg>`
  );
}
