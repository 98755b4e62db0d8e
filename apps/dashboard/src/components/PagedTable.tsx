import type { ReactNode } from 'react';
import type { PagedList } from '../api/use-paged-list';
import { LoadError } from './ErrorMessage';
import { Pager } from './Pager';
import { SkeletonRows } from './Skeleton';

interface PagedTableProps<T> {
  /** Read out as the table's caption and the pager's name. */
  caption: string;
  paged: PagedList<T>;
  /** The header cells. */
  columns: ReactNode;
  columnCount: number;
  renderRow: (item: T) => ReactNode;
  /** Shown instead of the table when the list has nothing at all. */
  empty: ReactNode;
  skeletonRows?: number;
}

/**
 * A cursor-paginated list as a table: skeleton rows while the first page
 * loads, the last page kept on screen while the next one loads, the load's
 * error with a retry, the empty state, and the pager.
 */
export function PagedTable<T>({
  caption,
  paged,
  columns,
  columnCount,
  renderRow,
  empty,
  skeletonRows,
}: PagedTableProps<T>) {
  const { list, cursor } = paged;
  const items = list.data?.items ?? [];
  const nothingAtAll = !list.loading && list.data !== undefined && items.length === 0 && !cursor;
  return (
    <>
      {list.error !== undefined && <LoadError error={list.error} onRetry={list.reload} />}
      {nothingAtAll ? (
        empty
      ) : (
        <div className="table-wrap" aria-busy={list.loading || list.refreshing}>
          <table className="table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>{columns}</tr>
            </thead>
            <tbody>
              {list.loading ? (
                <SkeletonRows columns={columnCount} rows={skeletonRows} />
              ) : (
                items.map(renderRow)
              )}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        label={`Pages of ${caption.toLowerCase()}`}
        hasPrevious={Boolean(cursor) || Boolean(list.data?.prevCursor)}
        hasNext={Boolean(list.data?.nextCursor)}
        onPrevious={() => paged.previous(list.data)}
        onNext={() => paged.next(list.data)}
        busy={list.refreshing}
      />
    </>
  );
}
