import { useState, type FormEvent } from 'react';
import { teamApi } from '../../api/team';
import type { AccountRole, CreatedInvitation } from '../../api/types';
import { SelectField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { ShownOnceDialog } from '../../components/ShownOnceDialog';
import { useToast } from '../../components/Toasts';
import { formatDateTime } from '../../lib/format';
import { useSubmission } from '../../lib/use-submission';
import { validateEmail } from '../../lib/validation';
import { useCan } from '../../session/session';
import { accountRoleOptions } from './account-roles';

/**
 * Invites someone by email. When Tally sent no email (no mail server set up),
 * the link is shown once, to be passed on by hand.
 */
export function InviteMemberDialog({
  open,
  onClose,
  onInvited,
}: {
  open: boolean;
  onClose: () => void;
  onInvited: () => void;
}) {
  const notify = useToast();
  const canMakeOwners = useCan('account:admin');
  const [email, setEmail] = useState('');
  const [accountRole, setAccountRole] = useState<AccountRole>('member');
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const { busy, failure, errors, submit, clear } = useSubmission();

  function close() {
    setEmail('');
    setAccountRole('member');
    setCreated(null);
    clear();
    onClose();
  }

  function send(event: FormEvent) {
    event.preventDefault();
    void submit({ email: validateEmail(email) }, async () => {
      const invitation = await teamApi.invite(email.trim(), accountRole);
      onInvited();
      if (invitation.link) {
        setCreated(invitation);
        return;
      }
      notify(
        invitation.emailSent
          ? `Invitation sent to ${invitation.email}`
          : `Invitation created for ${invitation.email}`,
      );
      close();
    });
  }

  if (created?.link)
    return (
      <ShownOnceDialog
        title="Invitation created"
        label="invitation link"
        secret={created.link}
        onClose={close}
        before={
          <p data-testid="invitation-note">
            No email was sent; pass this link on to <strong>{created.email}</strong>. It works once,
            until {formatDateTime(created.expiresAt)}.
          </p>
        }
      />
    );

  return (
    <FormDialog
      open={open}
      title="Invite a member"
      submitLabel="Send invitation"
      onClose={close}
      onSubmit={send}
      busy={busy}
      failure={failure}
    >
      <TextField
        label="Email"
        type="email"
        autoComplete="off"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errors.email}
        autoFocus
      />
      <SelectField
        label="Account role"
        value={accountRole}
        onChange={(event) => setAccountRole(event.target.value as AccountRole)}
        options={accountRoleOptions(canMakeOwners)}
        error={errors.accountRole}
        hint={canMakeOwners ? undefined : 'Only an owner can invite another owner.'}
      />
    </FormDialog>
  );
}
