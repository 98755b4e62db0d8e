import { KEY_EXPIRY_DAYS, PUBLIC_PERMISSIONS, type KeyExpiryDays } from '@tally/contracts/browser';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/api-client';
import type { CreatedApiKey, Environment } from '../../api/types';
import { FormDialog } from '../../components/FormDialog';
import { SelectField, TextField } from '../../components/Field';
import { ShownOnceDialog } from '../../components/ShownOnceDialog';
import { parseMetadata } from '../../lib/metadata';
import { useSubmission, type FieldErrors } from '../../lib/use-submission';
import { parseOrigins, validateName } from '../../lib/validation';
import { RolePicker } from '../roles/RolePicker';
import { ENVIRONMENT_OPTIONS } from './key-labels';
import { ownerAndMetadata } from './credential-input';
import { MetadataField } from './MetadataField';
import { OwnerPicker } from './OwnerPicker';

type KeyType = 'secret' | 'publishable';

interface Form {
  name: string;
  type: KeyType;
  environment: Environment;
  roles: string[];
  expiresInDays: KeyExpiryDays;
  origins: string;
  /** '': the signed-in user. */
  ownerUserId: string;
  metadata: string;
}

const EMPTY: Form = {
  name: '',
  type: 'secret',
  environment: 'development',
  roles: [],
  expiresInDays: 90,
  origins: '',
  ownerUserId: '',
  metadata: '',
};

function validate(form: Form): FieldErrors {
  const origins = parseOrigins(form.origins);
  return {
    name: validateName(form.name),
    roles: form.roles.length === 0 ? 'Choose at least one role.' : undefined,
    allowedOrigins:
      form.type === 'publishable'
        ? (origins.error ??
          (origins.origins.length === 0
            ? 'Add the origins of the web pages that will use this key.'
            : undefined))
        : undefined,
    metadata: parseMetadata(form.metadata).error,
  };
}

export function CreateKeyDialog({
  open,
  onClose,
  onCreated,
  owner,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
  /** A service user the key is for; without it, the dialog asks who owns the key. */
  owner?: { id: string; name: string };
}) {
  const [form, setForm] = useState<Form>(EMPTY);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const { busy, failure, errors, submit, clear } = useSubmission();

  function close() {
    setForm(EMPTY);
    setCreated(null);
    clear();
    onClose();
  }

  function send(event: FormEvent) {
    event.preventDefault();
    void submit(validate(form), async () => {
      setCreated(
        await api.post<CreatedApiKey>('/api/v1/keys', {
          name: form.name.trim(),
          type: form.type,
          environment: form.environment,
          roles: form.roles,
          expiresInDays: form.expiresInDays,
          ...(form.type === 'publishable'
            ? { allowedOrigins: parseOrigins(form.origins).origins }
            : {}),
          ...ownerAndMetadata(owner?.id ?? form.ownerUserId, form.metadata),
        }),
      );
      onCreated();
    });
  }

  if (created) {
    return (
      <ShownOnceDialog
        title="Your new API key"
        label="API key"
        secret={created.key}
        onClose={close}
        before={
          <p>
            <strong>{created.name}</strong> ({created.environment}) is ready.
          </p>
        }
      />
    );
  }

  return (
    <FormDialog
      open={open}
      title="Create an API key"
      submitLabel="Create key"
      onClose={close}
      onSubmit={send}
      busy={busy}
      failure={failure}
    >
      {owner && (
        <p data-testid="key-owner">
          For the service user <strong>{owner.name}</strong>: the key keeps working whoever leaves
          the team.
        </p>
      )}
      <TextField
        label="Name"
        value={form.name}
        onChange={(event) => setForm({ ...form, name: event.target.value })}
        error={errors.name}
        hint="Where it is used, like “Production backend”."
        autoFocus
      />
      <div className="field-row">
        <SelectField
          label="Type"
          value={form.type}
          onChange={(event) => setForm({ ...form, type: event.target.value as KeyType, roles: [] })}
          options={[
            { value: 'secret', label: 'Secret (servers)' },
            { value: 'publishable', label: 'Publishable (browsers)' },
          ]}
        />
        <SelectField
          label="Environment"
          value={form.environment}
          onChange={(event) => setForm({ ...form, environment: event.target.value as Environment })}
          options={ENVIRONMENT_OPTIONS}
          hint="Each environment has its own rate-limit pool."
        />
        <SelectField
          label="Expires after"
          value={String(form.expiresInDays)}
          onChange={(event) =>
            setForm({ ...form, expiresInDays: Number(event.target.value) as KeyExpiryDays })
          }
          options={KEY_EXPIRY_DAYS.map((days) => ({
            value: String(days),
            label: `${days} days`,
          }))}
        />
      </div>
      <RolePicker
        hint={
          form.type === 'publishable'
            ? 'A publishable key may only read creators.'
            : 'The key can do what its roles allow, never more than you can.'
        }
        ceiling={form.type === 'publishable' ? PUBLIC_PERMISSIONS : null}
        selected={form.roles}
        onChange={(selected) => setForm({ ...form, roles: selected })}
        error={errors.roles}
      />
      {form.type === 'publishable' && (
        <div className={errors.allowedOrigins ? 'field field-invalid' : 'field'}>
          <label htmlFor="key-origins">Allowed origins</label>
          <textarea
            id="key-origins"
            rows={3}
            value={form.origins}
            onChange={(event) => setForm({ ...form, origins: event.target.value })}
            placeholder="https://app.example.com"
            aria-describedby="key-origins-hint"
            aria-invalid={errors.allowedOrigins ? true : undefined}
          />
          <p id="key-origins-hint" className="field-hint">
            One per line. Browsers on other origins are refused.
          </p>
          {errors.allowedOrigins && <p className="field-error">{errors.allowedOrigins}</p>}
        </div>
      )}
      {!owner && (
        <OwnerPicker
          value={form.ownerUserId}
          onChange={(ownerUserId) => setForm({ ...form, ownerUserId })}
          error={errors.ownerUserId}
        />
      )}
      <MetadataField
        value={form.metadata}
        onChange={(metadata) => setForm({ ...form, metadata })}
        error={errors.metadata}
      />
    </FormDialog>
  );
}
