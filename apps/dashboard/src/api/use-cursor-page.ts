import { useState } from 'react';
import type { Page } from './types';

/** The cursor of the page on screen, moved by the page's own next/prev cursors. */
export interface CursorControls {
  cursor: string | undefined;
  next: (page: Page<unknown> | undefined) => void;
  previous: (page: Page<unknown> | undefined) => void;
  reset: () => void;
}

export function useCursor(): CursorControls {
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  return {
    cursor,
    next: (page) => page?.nextCursor && setCursor(page.nextCursor),
    previous: (page) => setCursor(page?.prevCursor ?? undefined),
    reset: () => setCursor(undefined),
  };
}
