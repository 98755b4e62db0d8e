import type { CredentialOwner } from '../../api/types';
import { Link } from '../../app/Link';
import { paths } from '../../app/routes';
import { Badge } from '../../components/Badge';
import { useMe } from '../../session/session';
import { credentialWarnings, OWNER_KIND_LABELS, ownerLabel } from './credential-labels';

/** "Paused" and "Owner disabled", for a key or a client that is refused without being revoked. */
export function CredentialWarnings({
  credential,
}: {
  credential: { enabled: boolean; owner: CredentialOwner; revokedAt: string | null };
}) {
  const warnings = credentialWarnings(credential);
  if (warnings.length === 0) return null;
  return (
    <span className="badge-row">
      {warnings.map((warning) => (
        <Badge
          key={warning.text}
          tone={warning.text === 'Paused' ? 'warning' : 'danger'}
          title={warning.title}
        >
          {warning.text}
        </Badge>
      ))}
    </span>
  );
}

/** Who a key or a client belongs to; a service user links to its page. */
export function OwnerCell({ owner }: { owner: CredentialOwner }) {
  const me = useMe();
  return (
    <td className="nowrap">
      {owner.kind === 'service' ? (
        <Link to={paths.serviceUser(owner.id)}>{owner.name}</Link>
      ) : (
        ownerLabel(owner, me.user?.id)
      )}
      <span className="cell-detail">{OWNER_KIND_LABELS[owner.kind]}</span>
    </td>
  );
}
