import { SelectField } from '../../components/Field';
import { useCan } from '../../session/session';
import { newOwnerOptions, useServiceUserChoices } from './owner-choices';

/**
 * Who a new key or client belongs to: the signed-in user (''), or one of the
 * account's service users, whose keys outlive anyone's membership. Without
 * `users:read` there is nobody else to choose, and nothing is shown.
 */
export function OwnerPicker({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (ownerUserId: string) => void;
  error?: string;
}) {
  const canRead = useCan('users:read');
  const serviceUsers = useServiceUserChoices(canRead);
  if (!canRead) return null;
  return (
    <SelectField
      label="Owner"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      options={newOwnerOptions(serviceUsers)}
      error={error}
      hint="A service user’s keys keep working when people leave the team."
    />
  );
}
