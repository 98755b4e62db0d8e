import { useState, type FormEvent } from 'react';
import {
  updateCredential,
  type CredentialKind,
  type CredentialUpdate,
} from '../../api/credentials';
import type { CredentialMetadata } from '../../api/types';
import { TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useToast } from '../../components/Toasts';
import { metadataText, parseMetadata, sameMetadata } from '../../lib/metadata';
import { useSubmission } from '../../lib/use-submission';
import { validateName } from '../../lib/validation';
import { MetadataField } from './MetadataField';

interface Editable {
  id: string;
  name: string;
  metadata: CredentialMetadata;
}

/** Renames a key or a client, or replaces its metadata; open while `credential` is set. */
export function EditCredentialDialog({
  kind,
  credential,
  onClose,
  onSaved,
}: {
  kind: CredentialKind;
  credential: Editable | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  // A fresh form for each one opened, from what it is now.
  return credential ? (
    <EditForm
      key={credential.id}
      kind={kind}
      credential={credential}
      onClose={onClose}
      onSaved={onSaved}
    />
  ) : null;
}

function EditForm({
  kind,
  credential,
  onClose,
  onSaved,
}: {
  kind: CredentialKind;
  credential: Editable;
  onClose: () => void;
  onSaved: () => void;
}) {
  const notify = useToast();
  const [name, setName] = useState(credential.name);
  const [metadata, setMetadata] = useState(() => metadataText(credential.metadata));
  const { busy, failure, errors, submit } = useSubmission();

  function send(event: FormEvent) {
    event.preventDefault();
    const parsed = parseMetadata(metadata);
    void submit({ name: validateName(name), metadata: parsed.error }, async () => {
      const update: CredentialUpdate = {};
      if (name.trim() !== credential.name) update.name = name.trim();
      if (parsed.metadata && !sameMetadata(parsed.metadata, credential.metadata))
        update.metadata = parsed.metadata;
      if (Object.keys(update).length > 0) {
        await updateCredential(kind, credential.id, update);
        notify(`${name.trim()} was saved`);
        onSaved();
      }
      onClose();
    });
  }

  return (
    <FormDialog
      open
      title={`Edit ${credential.name}`}
      submitLabel="Save changes"
      onClose={onClose}
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
      <MetadataField value={metadata} onChange={setMetadata} error={errors.metadata} />
    </FormDialog>
  );
}
