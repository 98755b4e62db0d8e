import { useState } from 'react';
import { api } from '../../api/api-client';
import { useCursor } from '../../api/use-cursor-page';
import { useApi } from '../../api/use-api';
import type { ApiKeyView, Page } from '../../api/types';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { LoadError } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { SkeletonRows } from '../../components/Skeleton';
import { useToast } from '../../components/Toasts';
import { formatDate, formatRelative } from '../../lib/format';
import { useCan, useMe } from '../../session/session';
import { CreateKeyDialog } from './CreateKeyDialog';
import {
  createdByLabel,
  ENVIRONMENT_LABELS,
  expiryLabel,
  isUsable,
  KEY_TYPE_LABELS,
} from './key-labels';
import { RollKeyDialog } from './RollKeyDialog';

const COLUMNS = 10;

export function ApiKeysPage() {
  const me = useMe();
  const canWrite = useCan('keys:write');
  const notify = useToast();
  const { cursor, next, previous, reset } = useCursor();
  const keys = useApi(`keys:${cursor ?? ''}`, (signal) =>
    api.get<Page<ApiKeyView>>('/api/v1/keys', { limit: 20, cursor }, signal),
  );
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKeyView | null>(null);
  const [rolling, setRolling] = useState<ApiKeyView | null>(null);

  const items = keys.data?.items ?? [];
  return (
    <>
      <PageHeader
        title="API keys"
        description="Secret keys call the API from your servers. Publishable keys read creators from your web pages, from the origins you allow."
        actions={
          canWrite && (
            <Button variant="primary" onClick={() => setCreating(true)}>
              Create API key
            </Button>
          )
        }
      />
      {keys.error !== undefined && <LoadError error={keys.error} onRetry={keys.reload} />}
      {!keys.loading && keys.data && items.length === 0 && !cursor ? (
        <EmptyState
          title="No API keys yet"
          action={
            canWrite && (
              <Button variant="primary" onClick={() => setCreating(true)}>
                Create your first key
              </Button>
            )
          }
        >
          Create a key to call the Tally API. You will see it once, so keep it somewhere safe.
        </EmptyState>
      ) : (
        <div className="table-wrap" aria-busy={keys.loading || keys.refreshing}>
          <table className="table">
            <caption className="visually-hidden">API keys</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Key</th>
                <th scope="col">Type</th>
                <th scope="col">Environment</th>
                <th scope="col">Roles</th>
                <th scope="col">Created</th>
                <th scope="col">Created by</th>
                <th scope="col">Last used</th>
                <th scope="col">Expires</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.loading ? (
                <SkeletonRows columns={COLUMNS} />
              ) : (
                items.map((key) => {
                  const expiry = expiryLabel(key);
                  const usable = isUsable(key);
                  return (
                    <tr
                      key={key.id}
                      data-testid="key-row"
                      className={usable ? undefined : 'row-muted'}
                    >
                      <th scope="row">{key.name}</th>
                      <td>
                        <code>{key.start}…</code>
                      </td>
                      <td>{KEY_TYPE_LABELS[key.type]}</td>
                      <td>
                        <Badge tone={key.environment === 'production' ? 'info' : 'neutral'}>
                          {ENVIRONMENT_LABELS[key.environment]}
                        </Badge>
                      </td>
                      <td>{key.roles.map((role) => role.name).join(', ')}</td>
                      <td>{formatDate(key.createdAt)}</td>
                      <td>{createdByLabel(key, me)}</td>
                      <td title={key.lastUsedAt ?? undefined}>{formatRelative(key.lastUsedAt)}</td>
                      <td>
                        <Badge tone={expiry.tone}>{expiry.text}</Badge>
                        {expiry.note && <span className="cell-note">{expiry.note}</span>}
                      </td>
                      <td className="actions">
                        {canWrite && usable && (
                          <>
                            <Button
                              variant="ghost"
                              onClick={() => setRolling(key)}
                              aria-label={`Roll ${key.name}`}
                            >
                              Roll
                            </Button>
                            <Button
                              variant="ghost"
                              className="text-danger"
                              onClick={() => setRevoking(key)}
                              aria-label={`Revoke ${key.name}`}
                            >
                              Revoke
                            </Button>
                          </>
                        )}
                      </td>
                    </tr>
                  );
                })
              )}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        label="API key pages"
        hasPrevious={Boolean(cursor)}
        hasNext={Boolean(keys.data?.nextCursor)}
        onPrevious={() => previous(keys.data)}
        onNext={() => next(keys.data)}
        busy={keys.refreshing}
      />
      <CreateKeyDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          reset();
          keys.reload();
        }}
      />
      <RollKeyDialog
        apiKey={rolling}
        onClose={() => setRolling(null)}
        onRolled={() => {
          reset();
          keys.reload();
        }}
      />
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke ${revoking?.name ?? 'key'}?`}
        description="Requests with this key are refused within a second, on every server. This cannot be undone."
        confirmLabel="Revoke key"
        onClose={() => setRevoking(null)}
        onConfirm={async () => {
          if (!revoking) return;
          await api.delete(`/api/v1/keys/${revoking.id}`);
          notify(`${revoking.name} was revoked`);
          keys.reload();
        }}
      />
    </>
  );
}
