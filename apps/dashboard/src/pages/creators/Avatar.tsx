import { useState } from 'react';

/** The creator's picture, or their initial when there is none (or it does not load). */
export function Avatar({
  url,
  name,
  size = 'small',
}: {
  url: string | null;
  name: string | null;
  size?: 'small' | 'large';
}) {
  const [failed, setFailed] = useState(false);
  const initial = (name ?? '?').trim().charAt(0).toUpperCase() || '?';
  if (!url || failed) {
    return (
      <span className={`avatar avatar-${size} avatar-fallback`} aria-hidden="true">
        {initial}
      </span>
    );
  }
  return (
    <img
      className={`avatar avatar-${size}`}
      src={url}
      alt=""
      onError={() => setFailed(true)}
      referrerPolicy="no-referrer"
    />
  );
}
