import { useState, type ReactNode } from 'react';
import { api } from '../../api/api-client';
import type { ApiKeyView } from '../../api/types';
import type { PagedList } from '../../api/use-paged-list';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PagedTable } from '../../components/PagedTable';
import { useToast } from '../../components/Toasts';
import { formatDate, formatRelative } from '../../lib/format';
import { useCan, useMe } from '../../session/session';
import { CredentialWarnings, OwnerCell } from './CredentialCells';
import { EditCredentialDialog } from './EditCredentialDialog';
import {
  createdByLabel,
  ENVIRONMENT_LABELS,
  expiryLabel,
  isRevocable,
  isUsable,
  KEY_TYPE_LABELS,
} from './key-labels';
import { RollKeyDialog } from './RollKeyDialog';
import { useCredentialActions } from './use-credential-actions';

const COLUMNS = ['Name', 'Key', 'Environment', 'Roles', 'Owner', 'Created', 'Last used', 'Expires'];

/**
 * A page of API keys with what can be done to each: edit, pause or enable,
 * roll, revoke. `showOwner: false` when every key has the same owner.
 */
export function KeysTable({
  keys,
  empty,
  showOwner = true,
  onCountChanged,
}: {
  keys: PagedList<ApiKeyView>;
  empty: ReactNode;
  showOwner?: boolean;
  /** After a roll or a revocation, which change how many keys work. */
  onCountChanged?: () => void;
}) {
  const me = useMe();
  const canWrite = useCan('keys:write');
  const notify = useToast();
  const actions = useCredentialActions('key', keys.list.reload);
  const [editing, setEditing] = useState<ApiKeyView | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyView | null>(null);
  const [rolling, setRolling] = useState<ApiKeyView | null>(null);
  const columns = showOwner ? COLUMNS : COLUMNS.filter((column) => column !== 'Owner');

  return (
    <>
      <PagedTable
        caption="API keys"
        paged={keys}
        columnCount={columns.length + 1}
        columns={<ColumnHeaders names={columns} actions />}
        empty={empty}
        renderRow={(key) => {
          const expiry = expiryLabel(key);
          const revocable = isRevocable(key);
          return (
            <tr key={key.id} data-testid="key-row" className={revocable ? undefined : 'row-muted'}>
              <th scope="row">
                {key.name}
                <CredentialWarnings credential={key} />
              </th>
              <td className="nowrap">
                <code>{key.start}…</code>
                <span className="cell-detail">{KEY_TYPE_LABELS[key.type]}</span>
              </td>
              <td>
                <Badge tone={key.environment === 'production' ? 'info' : 'neutral'}>
                  {ENVIRONMENT_LABELS[key.environment]}
                </Badge>
              </td>
              <td>
                <ul className="name-list" aria-label={`Roles of ${key.name}`}>
                  {key.roles.map((role) => (
                    <li key={role.id}>{role.name}</li>
                  ))}
                </ul>
              </td>
              {showOwner && <OwnerCell owner={key.owner} />}
              <td className="nowrap">
                {formatDate(key.createdAt)}
                <span className="cell-detail">by {createdByLabel(key, me)}</span>
              </td>
              <td className="nowrap" title={key.lastUsedAt ?? undefined}>
                {formatRelative(key.lastUsedAt)}
              </td>
              <td className="nowrap">
                <Badge tone={expiry.tone}>{expiry.text}</Badge>
                {expiry.note && <span className="cell-note">{expiry.note}</span>}
              </td>
              <td className="actions">
                {canWrite && revocable && (
                  <>
                    <Button
                      className="button-small"
                      onClick={() => setEditing(key)}
                      aria-label={`Edit ${key.name}`}
                    >
                      Edit
                    </Button>
                    <Button
                      className="button-small"
                      busy={actions.busy(key)}
                      onClick={() => void actions.setEnabled(key, !key.enabled)}
                      aria-label={`${key.enabled ? 'Pause' : 'Enable'} ${key.name}`}
                    >
                      {key.enabled ? 'Pause' : 'Enable'}
                    </Button>
                  </>
                )}
                {canWrite && key.enabled && isUsable(key) && (
                  <Button
                    className="button-small"
                    onClick={() => setRolling(key)}
                    aria-label={`Roll ${key.name}`}
                  >
                    Roll
                  </Button>
                )}
                {canWrite && revocable && (
                  <Button
                    className="button-small button-danger-outline"
                    onClick={() => setRevoking(key)}
                    aria-label={`Revoke ${key.name}`}
                  >
                    Revoke
                  </Button>
                )}
              </td>
            </tr>
          );
        }}
      />
      <EditCredentialDialog
        kind="key"
        credential={editing}
        onClose={() => setEditing(null)}
        onSaved={keys.list.reload}
      />
      <RollKeyDialog
        apiKey={rolling}
        onClose={() => setRolling(null)}
        onRolled={() => {
          keys.restart();
          onCountChanged?.();
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
          keys.list.reload();
          onCountChanged?.();
        }}
      />
    </>
  );
}
