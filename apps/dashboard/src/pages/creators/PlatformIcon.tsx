import { PLATFORM_NAMES } from '@tally/contracts/browser';
import type { Platform } from '../../api/types';

/** Each platform's mark, drawn here (no external assets), on a 24×24 grid. */
function PlatformMark({ platform }: { platform: Platform }) {
  switch (platform) {
    case 'TIKTOK':
      return (
        <path
          fill="currentColor"
          d="M13 3h3.2a4.8 4.8 0 0 0 4.3 4.3v3.3a8 8 0 0 1-4.3-1.3V15a6 6 0 1 1-6-6h.6v3.4H10a2.6 2.6 0 1 0 3 2.6z"
        />
      );
    case 'INSTAGRAM':
      return (
        <>
          <rect
            x="3"
            y="3"
            width="18"
            height="18"
            rx="5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          />
          <circle cx="12" cy="12" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
          <circle cx="17.3" cy="6.7" r="1.3" fill="currentColor" />
        </>
      );
    case 'YOUTUBE':
      return (
        <>
          <rect x="1.5" y="5" width="21" height="14" rx="4" fill="currentColor" />
          <path d="M10 8.8v6.4l5.5-3.2z" fill="#fff" />
        </>
      );
  }
}

/**
 * A platform's icon. Labelled with the platform's name where it stands alone;
 * `decorative` beside text that already names the platform.
 */
export function PlatformIcon({
  platform,
  decorative = false,
}: {
  platform: Platform;
  decorative?: boolean;
}) {
  const name = PLATFORM_NAMES[platform];
  return (
    <svg
      className={`platform-icon platform-icon-${platform.toLowerCase()}`}
      viewBox="0 0 24 24"
      width="16"
      height="16"
      focusable="false"
      {...(decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': name })}
    >
      {!decorative && <title>{name}</title>}
      <PlatformMark platform={platform} />
    </svg>
  );
}

/** The platform's icon and name, as a list or a header shows it. */
export function PlatformName({ platform }: { platform: Platform }) {
  return (
    <span className="platform-name" data-platform={platform}>
      <PlatformIcon platform={platform} decorative />
      {PLATFORM_NAMES[platform]}
    </span>
  );
}
