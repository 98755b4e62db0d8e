import type { ApiData } from './use-api';
import { useApi } from './use-api';
import { useCursor, type CursorControls } from './use-cursor-page';
import type { Page } from './types';

export interface PagedList<T> extends CursorControls {
  list: ApiData<Page<T>>;
  /** Back to the first page, loaded afresh (after a create, say). */
  restart: () => void;
}

/** One cursor-paginated list of the API: the page on screen and the moves to its neighbours. */
export function usePagedList<T>(
  name: string,
  load: (cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>>,
): PagedList<T> {
  const cursor = useCursor();
  const list = useApi(`${name}:${cursor.cursor ?? ''}`, (signal) => load(cursor.cursor, signal));
  return {
    ...cursor,
    list,
    restart: () => {
      cursor.reset();
      list.reload();
    },
  };
}
