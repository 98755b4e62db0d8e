import { useState, type FormEvent } from 'react';
import { teamApi } from '../../api/team';
import type { AccountRole, MemberView } from '../../api/types';
import { SelectField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useToast } from '../../components/Toasts';
import { useSubmission } from '../../lib/use-submission';
import { useCan } from '../../session/session';
import { ACCOUNT_ROLE_LABELS, accountRoleOptions } from './account-roles';

/** Gives a member another account role; open while `member` is set. */
export function ChangeRoleDialog({
  member,
  onClose,
  onChanged,
}: {
  member: MemberView | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  // A fresh form for each member, from their role now.
  return member ? (
    <RoleForm key={member.id} member={member} onClose={onClose} onChanged={onChanged} />
  ) : null;
}

function RoleForm({
  member,
  onClose,
  onChanged,
}: {
  member: MemberView;
  onClose: () => void;
  onChanged: () => void;
}) {
  const notify = useToast();
  const canMakeOwners = useCan('account:admin');
  const [accountRole, setAccountRole] = useState<AccountRole>(member.accountRole);
  const { busy, failure, submit } = useSubmission();

  function send(event: FormEvent) {
    event.preventDefault();
    void submit({}, async () => {
      if (accountRole !== member.accountRole) {
        await teamApi.changeRole(member.id, accountRole);
        notify(`${member.email} is now ${ACCOUNT_ROLE_LABELS[accountRole].toLowerCase()}`);
        onChanged();
      }
      onClose();
    });
  }

  return (
    <FormDialog
      open
      title={`Change the role of ${member.email}`}
      submitLabel="Save role"
      onClose={onClose}
      onSubmit={send}
      busy={busy}
      failure={failure}
    >
      <SelectField
        label="Account role"
        value={accountRole}
        onChange={(event) => setAccountRole(event.target.value as AccountRole)}
        options={accountRoleOptions(canMakeOwners)}
        hint="The account always keeps at least one owner."
      />
    </FormDialog>
  );
}
