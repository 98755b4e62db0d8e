import { useState, type FormEvent } from 'react';
import { serviceUsersApi } from '../../api/service-users';
import type { ServiceUserView } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useToast } from '../../components/Toasts';
import { useSubmission } from '../../lib/use-submission';
import { validateName } from '../../lib/validation';
import { deleteWarning, deletionNotice, disableWarning, ENABLE_NOTE } from './service-user-labels';

const MAX_DESCRIPTION = 500;

/**
 * Creates a service user (`serviceUser` null) or changes one's name and
 * description; `onSaved` gets what the API answered.
 */
export function ServiceUserFormDialog({
  open,
  serviceUser,
  onClose,
  onSaved,
}: {
  open: boolean;
  serviceUser: ServiceUserView | null;
  onClose: () => void;
  onSaved: (serviceUser: ServiceUserView) => void;
}) {
  // A fresh form each time it opens, from what the service user is now.
  return open ? (
    <ServiceUserForm serviceUser={serviceUser} onClose={onClose} onSaved={onSaved} />
  ) : null;
}

function ServiceUserForm({
  serviceUser,
  onClose,
  onSaved,
}: {
  serviceUser: ServiceUserView | null;
  onClose: () => void;
  onSaved: (serviceUser: ServiceUserView) => void;
}) {
  const notify = useToast();
  const [name, setName] = useState(serviceUser?.name ?? '');
  const [description, setDescription] = useState(serviceUser?.description ?? '');
  const { busy, failure, errors, submit } = useSubmission();

  function send(event: FormEvent) {
    event.preventDefault();
    const found = {
      name: validateName(name),
      description:
        description.length > MAX_DESCRIPTION
          ? `Keep the description under ${MAX_DESCRIPTION} characters.`
          : undefined,
    };
    void submit(found, async () => {
      const input = { name: name.trim(), description: description.trim() };
      const saved = serviceUser
        ? await serviceUsersApi.update(serviceUser.id, input)
        : await serviceUsersApi.create({
            name: input.name,
            ...(input.description ? { description: input.description } : {}),
          });
      notify(serviceUser ? `${saved.name} was saved` : `${saved.name} was created`);
      onSaved(saved);
      onClose();
    });
  }

  return (
    <FormDialog
      open
      title={serviceUser ? `Edit ${serviceUser.name}` : 'Create a service user'}
      submitLabel={serviceUser ? 'Save changes' : 'Create service user'}
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
        hint="The machine or job it stands for, like “CI deploy”."
        autoFocus
      />
      <TextField
        label="Description (optional)"
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={errors.description}
      />
    </FormDialog>
  );
}

/** Disables an enabled service user, or enables a disabled one; open while `serviceUser` is set. */
export function ToggleServiceUserDialog({
  serviceUser,
  onClose,
  onChanged,
}: {
  serviceUser: ServiceUserView | null;
  onClose: () => void;
  onChanged: (serviceUser: ServiceUserView) => void;
}) {
  const notify = useToast();
  const enabling = serviceUser ? !serviceUser.enabled : false;
  const name = serviceUser?.name ?? 'service user';
  return (
    <ConfirmDialog
      open={serviceUser !== null}
      title={enabling ? `Enable ${name}?` : `Disable ${name}?`}
      description={serviceUser ? (enabling ? ENABLE_NOTE : disableWarning(serviceUser)) : ''}
      confirmLabel={enabling ? 'Enable service user' : 'Disable service user'}
      confirmVariant={enabling ? 'primary' : 'danger'}
      onClose={onClose}
      onConfirm={async () => {
        if (!serviceUser) return;
        const changed = await serviceUsersApi.update(serviceUser.id, { enabled: enabling });
        notify(enabling ? `${name} was enabled` : `${name} was disabled`);
        onChanged(changed);
      }}
    />
  );
}

/** Deletes a service user, revoking what it owns; open while `serviceUser` is set. */
export function DeleteServiceUserDialog({
  serviceUser,
  onClose,
  onDeleted,
}: {
  serviceUser: ServiceUserView | null;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const notify = useToast();
  return (
    <ConfirmDialog
      open={serviceUser !== null}
      title={`Delete ${serviceUser?.name ?? 'service user'}?`}
      description={serviceUser ? deleteWarning(serviceUser) : ''}
      confirmLabel="Delete service user"
      onClose={onClose}
      onConfirm={async () => {
        if (!serviceUser) return;
        notify(deletionNotice(serviceUser.name, await serviceUsersApi.remove(serviceUser.id)));
        onDeleted();
      }}
    />
  );
}
