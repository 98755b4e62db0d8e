import { LABEL_SCALE, placeholderColors, placeholderSvg } from './placeholder-image.js';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function fontSize(svg: string): number {
  return Number(/font-size="(\d+)"/.exec(svg)?.[1]);
}

describe('placeholderSvg', () => {
  it('sizes the letter to the image: nearly half of an avatar', () => {
    const svg = placeholderSvg('M', 'open-id-1', 168, 168);
    expect(fontSize(svg)).toBe(Math.round(168 * LABEL_SCALE));
    expect(fontSize(svg) / 168).toBeGreaterThanOrEqual(0.4);
    expect(fontSize(svg) / 168).toBeLessThanOrEqual(0.5);
  });

  it('sizes a cover by its shorter side, so the mark fits its width', () => {
    const svg = placeholderSvg('▶', 'video-1', 540, 960);
    expect(fontSize(svg)).toBe(Math.round(540 * LABEL_SCALE));
  });

  it('centres the letter both ways', () => {
    const svg = placeholderSvg('M', 'open-id-1', 100, 100);
    expect(svg).toContain('x="50%" y="50%"');
    expect(svg).toContain('text-anchor="middle"');
    expect(svg).toContain('dominant-baseline="central"');
  });

  it('draws the letter in a colour that contrasts with its background (at least 3:1, for large text)', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
      const { background, text } = placeholderColors(seed);
      expect(contrast(background, text)).toBeGreaterThanOrEqual(3);
      const svg = placeholderSvg('M', seed, 64, 64);
      expect(svg).toContain(`fill="${background}"`);
      expect(svg).toContain(`fill="${text}"`);
    }
  });

  it('picks the same colours for the same seed', () => {
    expect(placeholderSvg('A', 'same-seed', 64, 64)).toBe(placeholderSvg('A', 'same-seed', 64, 64));
  });

  it('escapes the label', () => {
    expect(placeholderSvg('<', 'x', 64, 64)).toContain('&lt;');
  });
});
