import { useState } from 'react';
import { teamApi } from '../../api/team';
import type { InvitationView, MemberView } from '../../api/types';
import { usePagedList } from '../../api/use-paged-list';
import { Link } from '../../app/Link';
import { paths } from '../../app/routes';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toasts';
import { formatDate, formatDateTime, formatRelative } from '../../lib/format';
import { useCan, useMe } from '../../session/session';
import { ACCOUNT_ROLE_DESCRIPTIONS, ACCOUNT_ROLE_LABELS } from './account-roles';
import { ChangeRoleDialog } from './ChangeRoleDialog';
import { InviteMemberDialog } from './InviteMemberDialog';
import { canChangeRole, canRemove, removalNotice, type TeamPowers } from './team-rules';

const DESCRIPTION =
  'The people who sign in to this account. Their role says what they may do here.';
const MEMBER_COLUMNS = ['Member', 'Role', 'Joined', 'Last sign-in'];
const INVITATION_COLUMNS = ['Email', 'Role', 'Invited by', 'Expires'];

export function TeamPage() {
  const canRead = useCan('users:read');
  if (!canRead)
    return (
      <>
        <PageHeader title="Team" description={DESCRIPTION} />
        <div className="alert alert-info">
          Your role cannot see the team: that takes the users:read permission.
        </div>
      </>
    );
  return <Team />;
}

function Team() {
  const me = useMe();
  const powers: TeamPowers = {
    canWrite: useCan('users:write'),
    canMakeOwners: useCan('account:admin'),
    myUserId: me.user?.id,
  };
  const notify = useToast();
  const members = usePagedList('members', (cursor, signal) => teamApi.members(cursor, signal));
  const invitations = usePagedList('invitations', (cursor, signal) =>
    teamApi.invitations(cursor, signal),
  );
  const [inviting, setInviting] = useState(false);
  const [changing, setChanging] = useState<MemberView | null>(null);
  const [removing, setRemoving] = useState<MemberView | null>(null);
  const [revoking, setRevoking] = useState<InvitationView | null>(null);

  return (
    <>
      <PageHeader
        title="Team"
        description={DESCRIPTION}
        actions={
          powers.canWrite && (
            <Button variant="primary" onClick={() => setInviting(true)}>
              Invite member
            </Button>
          )
        }
      />
      {!powers.canWrite && (
        <div className="alert alert-info">
          Your role can see the team but not change it: that takes the users:write permission.
        </div>
      )}
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">Members</h2>
        <PagedTable
          caption="Members"
          paged={members}
          columnCount={MEMBER_COLUMNS.length + 1}
          columns={<ColumnHeaders names={MEMBER_COLUMNS} actions />}
          empty={<EmptyState title="No members">Nobody signs in to this account.</EmptyState>}
          renderRow={(member) => (
            <tr key={member.id} data-testid="member-row">
              <th scope="row">
                {member.email} {member.id === powers.myUserId && <Badge tone="info">You</Badge>}
              </th>
              <td title={ACCOUNT_ROLE_DESCRIPTIONS[member.accountRole]}>
                {ACCOUNT_ROLE_LABELS[member.accountRole]}
              </td>
              <td className="nowrap">{formatDate(member.createdAt)}</td>
              <td className="nowrap" title={formatDateTime(member.lastLoginAt)}>
                {formatRelative(member.lastLoginAt)}
              </td>
              <td className="actions">
                {canChangeRole(powers, member.accountRole) && (
                  <Button
                    className="button-small"
                    onClick={() => setChanging(member)}
                    aria-label={`Change the role of ${member.email}`}
                  >
                    Change role
                  </Button>
                )}
                {canRemove(powers, member) && (
                  <Button
                    className="button-small button-danger-outline"
                    onClick={() => setRemoving(member)}
                    aria-label={`Remove ${member.email}`}
                  >
                    Remove
                  </Button>
                )}
              </td>
            </tr>
          )}
        />
      </section>
      <section className="panel" aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">Pending invitations</h2>
        <PagedTable
          caption="Invitations"
          paged={invitations}
          columnCount={INVITATION_COLUMNS.length + 1}
          columns={<ColumnHeaders names={INVITATION_COLUMNS} actions />}
          empty={
            <EmptyState title="No pending invitations">
              An invitation is a link that works once, for a week. Accepted ones join the members.
            </EmptyState>
          }
          renderRow={(invitation) => (
            <tr key={invitation.id} data-testid="invitation-row">
              <th scope="row">{invitation.email}</th>
              <td>{ACCOUNT_ROLE_LABELS[invitation.accountRole]}</td>
              <td>{invitation.invitedBy ?? '—'}</td>
              <td className="nowrap" title={formatDateTime(invitation.expiresAt)}>
                {formatRelative(invitation.expiresAt)}
              </td>
              <td className="actions">
                {canChangeRole(powers, invitation.accountRole) && (
                  <Button
                    className="button-small button-danger-outline"
                    onClick={() => setRevoking(invitation)}
                    aria-label={`Revoke the invitation of ${invitation.email}`}
                  >
                    Revoke
                  </Button>
                )}
              </td>
            </tr>
          )}
        />
      </section>
      <section className="panel" aria-labelledby="roles-heading">
        <h2 id="roles-heading">What each role allows</h2>
        <dl className="endpoint-settings">
          {(['owner', 'admin', 'member'] as const).map((role) => (
            <div key={role}>
              <dt>{ACCOUNT_ROLE_LABELS[role]}</dt>
              <dd>{ACCOUNT_ROLE_DESCRIPTIONS[role]}</dd>
            </div>
          ))}
        </dl>
      </section>
      <InviteMemberDialog
        open={inviting}
        onClose={() => setInviting(false)}
        onInvited={invitations.restart}
      />
      <ChangeRoleDialog
        member={changing}
        onClose={() => setChanging(null)}
        onChanged={members.list.reload}
      />
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.email ?? 'member'}?`}
        description={
          <>
            <p>
              They are signed out at once and can no longer sign in to {me.account.name}. The API
              keys and OAuth clients they own are revoked with them.
            </p>
            <p>
              If a server depends on one of their keys, move it to a{' '}
              <Link to={paths.serviceUsers}>service user</Link> first: create a key for the service
              user and switch the server to it.
            </p>
          </>
        }
        confirmLabel="Remove member"
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return;
          notify(removalNotice(removing.email, await teamApi.remove(removing.id)));
          members.list.reload();
        }}
      />
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke the invitation of ${revoking?.email ?? 'this person'}?`}
        description="The link stops working at once. You can invite them again later."
        confirmLabel="Revoke invitation"
        onClose={() => setRevoking(null)}
        onConfirm={async () => {
          if (!revoking) return;
          await teamApi.revokeInvitation(revoking.id);
          notify(`The invitation of ${revoking.email} was revoked`);
          invitations.list.reload();
        }}
      />
    </>
  );
}
