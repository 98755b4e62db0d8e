import { serviceUsersApi } from '../../api/service-users';
import { teamApi } from '../../api/team';
import type { MemberView, ServiceUserView } from '../../api/types';
import { useApi } from '../../api/use-api';

/** The API's largest page: the owners to choose from are the first hundred of each kind. */
const CHOICES_LIMIT = 100;

export interface Choice {
  value: string;
  label: string;
}

/** The keys page's owner filter: everyone, you, the other members, then the service users. */
export function ownerFilterOptions(
  members: readonly MemberView[],
  serviceUsers: readonly ServiceUserView[],
  myUserId: string | undefined,
): Choice[] {
  return [
    { value: '', label: 'Every owner' },
    ...(myUserId ? [{ value: myUserId, label: 'You' }] : []),
    ...members
      .filter((member) => member.id !== myUserId)
      .map((member) => ({ value: member.id, label: member.email })),
    ...serviceUsers.map((serviceUser) => ({
      value: serviceUser.id,
      label: `${serviceUser.name} (service user)`,
    })),
  ];
}

/** Who a new key or client may belong to: you (the default), or an enabled service user. */
export function newOwnerOptions(serviceUsers: readonly ServiceUserView[]): Choice[] {
  return [
    { value: '', label: 'You' },
    ...serviceUsers
      .filter((serviceUser) => serviceUser.enabled)
      .map((serviceUser) => ({
        value: serviceUser.id,
        label: `${serviceUser.name} (service user)`,
      })),
  ];
}

/** The account's service users, for owner pickers; nothing is asked without `users:read`. */
export function useServiceUserChoices(canRead: boolean): ServiceUserView[] {
  const list = useApi(canRead ? 'owner-choices:service-users' : null, (signal) =>
    serviceUsersApi.list(undefined, signal, CHOICES_LIMIT),
  );
  return list.data?.items ?? [];
}

export function useMemberChoices(canRead: boolean): MemberView[] {
  const list = useApi(canRead ? 'owner-choices:members' : null, (signal) =>
    teamApi.members(undefined, signal, CHOICES_LIMIT),
  );
  return list.data?.items ?? [];
}
