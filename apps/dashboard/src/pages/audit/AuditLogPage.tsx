import { api } from '../../api/api-client';
import { useApi } from '../../api/use-api';
import { useCursor } from '../../api/use-cursor-page';
import type { AuditEventView, Page } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { LoadError } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { SkeletonRows } from '../../components/Skeleton';
import { formatDateTime, formatRelative } from '../../lib/format';
import { useMe } from '../../session/session';
import { describeAction, describeActor, targetName } from './audit-actions';

export function AuditLogPage() {
  const me = useMe();
  const { cursor, next, previous } = useCursor();
  const events = useApi(`audit:${cursor ?? ''}`, (signal) =>
    api.get<Page<AuditEventView>>('/api/v1/audit-events', { limit: 50, cursor }, signal),
  );
  const items = events.data?.items ?? [];
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who did what in this account, and when. Newest first."
      />
      {events.error !== undefined && <LoadError error={events.error} onRetry={events.reload} />}
      {!events.loading && events.data && items.length === 0 ? (
        <EmptyState title="Nothing has happened yet">
          Changes to keys, roles and OAuth clients will show up here.
        </EmptyState>
      ) : (
        <div className="table-wrap" aria-busy={events.loading || events.refreshing}>
          <table className="table">
            <caption className="visually-hidden">Audit events</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Target</th>
                <th scope="col">Request id</th>
              </tr>
            </thead>
            <tbody>
              {events.loading ? (
                <SkeletonRows columns={5} />
              ) : (
                items.map((event) => (
                  <tr key={event.id} data-testid="audit-row">
                    <td title={formatDateTime(event.createdAt)}>
                      {formatRelative(event.createdAt)}
                    </td>
                    <td>{describeActor(event.actor, me.user?.id)}</td>
                    <td>{describeAction(event.action)}</td>
                    <td>
                      {targetName(event) ??
                        (event.target.type
                          ? `${event.target.type} ${event.target.id?.slice(0, 8) ?? ''}`
                          : '—')}
                    </td>
                    <td>
                      <code className="small">{event.requestId ?? '—'}</code>
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        label="Audit log pages"
        hasPrevious={Boolean(cursor)}
        hasNext={Boolean(events.data?.nextCursor)}
        onPrevious={() => previous(events.data)}
        onNext={() => next(events.data)}
      />
    </>
  );
}
