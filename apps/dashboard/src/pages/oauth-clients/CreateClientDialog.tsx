import { useState, type FormEvent } from 'react';
import { api } from '../../api/api-client';
import type { CreatedOAuthClient, Environment } from '../../api/types';
import { FormDialog } from '../../components/FormDialog';
import { CopyButton } from '../../components/CopyButton';
import { SelectField, TextField } from '../../components/Field';
import { ShownOnceDialog } from '../../components/ShownOnceDialog';
import { parseMetadata } from '../../lib/metadata';
import { useSubmission } from '../../lib/use-submission';
import { validateName } from '../../lib/validation';
import { ownerAndMetadata } from '../keys/credential-input';
import { ENVIRONMENT_OPTIONS } from '../keys/key-labels';
import { MetadataField } from '../keys/MetadataField';
import { OwnerPicker } from '../keys/OwnerPicker';
import { RolePicker } from '../roles/RolePicker';
import { tokenCurl } from './token-curl';

export function CreateClientDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const [name, setName] = useState('');
  const [environment, setEnvironment] = useState<Environment>('development');
  const [roles, setRoles] = useState<string[]>([]);
  const [ownerUserId, setOwnerUserId] = useState('');
  const [metadata, setMetadata] = useState('');
  const [created, setCreated] = useState<CreatedOAuthClient | null>(null);
  const { busy, failure, errors, submit, clear } = useSubmission();

  function close() {
    setName('');
    setEnvironment('development');
    setRoles([]);
    setOwnerUserId('');
    setMetadata('');
    setCreated(null);
    clear();
    onClose();
  }

  function send(event: FormEvent) {
    event.preventDefault();
    const found = {
      name: validateName(name),
      roles: roles.length === 0 ? 'Choose at least one role.' : undefined,
      metadata: parseMetadata(metadata).error,
    };
    void submit(found, async () => {
      setCreated(
        await api.post<CreatedOAuthClient>('/api/v1/oauth-clients', {
          name: name.trim(),
          environment,
          roles,
          ...ownerAndMetadata(ownerUserId, metadata),
        }),
      );
      onCreated();
    });
  }

  if (created) {
    const curl = tokenCurl(window.location.origin, created.clientId, created.clientSecret);
    return (
      <ShownOnceDialog
        title="Your new OAuth client"
        label="client secret"
        secret={created.clientSecret}
        onClose={close}
        before={
          <p>
            Client id: <code data-testid="client-id">{created.clientId}</code>
          </p>
        }
        after={
          <>
            <h3>Try it</h3>
            <pre className="code-block" data-testid="token-curl">
              {curl}
            </pre>
            <CopyButton text={curl} label="Copy curl" />
          </>
        }
      />
    );
  }

  return (
    <FormDialog
      open={open}
      title="Create an OAuth client"
      submitLabel="Create client"
      onClose={close}
      onSubmit={send}
      busy={busy}
      failure={failure}
    >
      <TextField
        label="Name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.name}
        autoFocus
      />
      <SelectField
        label="Environment"
        value={environment}
        onChange={(event) => setEnvironment(event.target.value as Environment)}
        options={ENVIRONMENT_OPTIONS}
      />
      <RolePicker
        hint="Tokens carry what these roles allow, never more than you can."
        selected={roles}
        onChange={setRoles}
        error={errors.roles}
      />
      <OwnerPicker value={ownerUserId} onChange={setOwnerUserId} error={errors.ownerUserId} />
      <MetadataField value={metadata} onChange={setMetadata} error={errors.metadata} />
    </FormDialog>
  );
}
