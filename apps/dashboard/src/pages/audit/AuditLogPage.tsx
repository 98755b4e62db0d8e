import { api } from '../../api/api-client';
import { usePagedList } from '../../api/use-paged-list';
import type { AuditEventView, Page } from '../../api/types';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import { formatDateTime, formatRelative } from '../../lib/format';
import { useMe } from '../../session/session';
import { describeAction, describeActor, targetName } from './audit-actions';

const COLUMNS = ['When', 'Who', 'What', 'Target', 'Request id'];

export function AuditLogPage() {
  const me = useMe();
  const events = usePagedList('audit', (cursor, signal) =>
    api.get<Page<AuditEventView>>('/api/v1/audit-events', { limit: 50, cursor }, signal),
  );
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who did what in this account, and when. Newest first."
      />
      <PagedTable
        caption="Audit events"
        paged={events}
        columnCount={COLUMNS.length}
        columns={<ColumnHeaders names={COLUMNS} />}
        empty={
          <EmptyState title="Nothing has happened yet">
            Changes to keys, roles and OAuth clients will show up here.
          </EmptyState>
        }
        renderRow={(event) => (
          <tr key={event.id} data-testid="audit-row">
            <td title={formatDateTime(event.createdAt)}>{formatRelative(event.createdAt)}</td>
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
        )}
      />
    </>
  );
}
