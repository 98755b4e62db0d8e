import { useState } from 'react';
import { api } from '../../api/api-client';
import { usePagedList } from '../../api/use-paged-list';
import type { AuditEventView, Page } from '../../api/types';
import { Button } from '../../components/Button';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { EmptyState } from '../../components/EmptyState';
import { SelectField, TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import { formatDateTime, formatRelative } from '../../lib/format';
import { useMe } from '../../session/session';
import { describeAction, describeActor, describeTarget } from './audit-actions';
import {
  ACTION_OPTIONS,
  ACTOR_TYPE_OPTIONS,
  type AuditFilters,
  auditQuery,
  filtersKey,
  hasFilters,
  NO_FILTERS,
  rangeError,
} from './audit-filters';

const COLUMNS = ['When', 'Who', 'What', 'Target', 'Request id'];

export function AuditLogPage() {
  const me = useMe();
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const events = usePagedList(`audit:${filtersKey(filters)}`, (cursor, signal) =>
    api.get<Page<AuditEventView>>(
      '/api/v1/audit-events',
      { limit: 50, cursor, ...auditQuery(filters) },
      signal,
    ),
  );
  // A cursor belongs to the filters it was made for: new filters start at the first page.
  const change = (next: Partial<AuditFilters>) => {
    setFilters((current) => ({ ...current, ...next }));
    events.reset();
  };
  const invalidRange = rangeError(filters);
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who did what in this account, and when. Newest first."
      />
      <form
        className="field-row"
        aria-label="Filter the audit log"
        onSubmit={(event) => event.preventDefault()}
      >
        <SelectField
          label="What"
          value={filters.action}
          options={ACTION_OPTIONS}
          onChange={(event) => change({ action: event.target.value })}
        />
        <SelectField
          label="Who"
          value={filters.actorType}
          options={ACTOR_TYPE_OPTIONS}
          onChange={(event) =>
            change({ actorType: event.target.value as AuditFilters['actorType'] })
          }
        />
        <TextField
          label="From"
          type="date"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(event) => change({ from: event.target.value })}
        />
        <TextField
          label="To"
          type="date"
          value={filters.to}
          min={filters.from || undefined}
          error={invalidRange}
          onChange={(event) => change({ to: event.target.value })}
        />
      </form>
      {(filters.actor || hasFilters(filters)) && (
        <p className="muted" data-testid="audit-filters">
          {filters.actor && (
            <>
              Only events by <strong>{filters.actor.name}</strong>.{' '}
            </>
          )}
          <Button variant="ghost" onClick={() => change(NO_FILTERS)}>
            Clear filters
          </Button>
        </p>
      )}
      <PagedTable
        caption="Audit events"
        paged={events}
        columnCount={COLUMNS.length}
        columns={<ColumnHeaders names={COLUMNS} />}
        empty={
          hasFilters(filters) ? (
            <EmptyState title="No events match these filters">
              Try another action, actor or time range.
            </EmptyState>
          ) : (
            <EmptyState title="Nothing has happened yet">
              Changes to keys, roles, OAuth clients and creators will show up here.
            </EmptyState>
          )
        }
        renderRow={(event) => {
          const who = describeActor(event.actor, me.user?.id);
          const actorId = event.actor.id;
          return (
            <tr key={event.id} data-testid="audit-row">
              <td title={formatDateTime(event.createdAt)}>{formatRelative(event.createdAt)}</td>
              <td>
                {actorId && filters.actor?.id !== actorId ? (
                  <Button
                    variant="ghost"
                    title="Show only this actor's events"
                    onClick={() => change({ actor: { id: actorId, name: who } })}
                  >
                    {who}
                  </Button>
                ) : (
                  who
                )}
              </td>
              <td>{describeAction(event.action)}</td>
              <td>{describeTarget(event)}</td>
              <td>
                <code className="small">{event.requestId ?? '—'}</code>
              </td>
            </tr>
          );
        }}
      />
    </>
  );
}
