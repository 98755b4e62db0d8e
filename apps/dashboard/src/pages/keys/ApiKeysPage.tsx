import { useState } from 'react';
import { keysApi } from '../../api/credentials';
import { usePagedList } from '../../api/use-paged-list';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { SelectField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { useCan, useMe } from '../../session/session';
import { CreateKeyDialog } from './CreateKeyDialog';
import { KeysTable } from './KeysTable';
import { ownerFilterOptions, useMemberChoices, useServiceUserChoices } from './owner-choices';

export function ApiKeysPage() {
  const me = useMe();
  const canWrite = useCan('keys:write');
  const canReadUsers = useCan('users:read');
  const members = useMemberChoices(canReadUsers);
  const serviceUsers = useServiceUserChoices(canReadUsers);
  const [ownerUserId, setOwnerUserId] = useState('');
  const keys = usePagedList(`keys:${ownerUserId}`, (cursor, signal) =>
    keysApi.list(cursor, ownerUserId || undefined, signal),
  );
  const [creating, setCreating] = useState(false);

  const createButton = (label: string) =>
    canWrite && (
      <Button variant="primary" onClick={() => setCreating(true)}>
        {label}
      </Button>
    );

  return (
    <>
      <PageHeader
        title="API keys"
        description="Secret keys call the API from your servers. Publishable keys read creators from your web pages, from the origins you allow."
        actions={createButton('Create API key')}
      />
      <form
        className="field-row list-filter"
        aria-label="Filter the API keys"
        onSubmit={(event) => event.preventDefault()}
      >
        <SelectField
          label="Owner"
          value={ownerUserId}
          options={ownerFilterOptions(members, serviceUsers, me.user?.id)}
          onChange={(event) => {
            // A cursor belongs to the list it was made for: another owner starts at the first page.
            setOwnerUserId(event.target.value);
            keys.reset();
          }}
        />
      </form>
      <KeysTable
        keys={keys}
        empty={
          ownerUserId ? (
            <EmptyState title="No API keys for this owner">
              Choose another owner, or every owner, to see other keys.
            </EmptyState>
          ) : (
            <EmptyState title="No API keys yet" action={createButton('Create your first key')}>
              Create a key to call the Tally API. You will see it once, so keep it somewhere safe.
            </EmptyState>
          )
        }
      />
      <CreateKeyDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={keys.restart}
      />
    </>
  );
}
