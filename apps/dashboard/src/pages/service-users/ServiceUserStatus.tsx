import type { ServiceUserView } from '../../api/types';
import { Badge } from '../../components/Badge';
import { formatDateTime } from '../../lib/format';

export function ServiceUserStatus({ serviceUser }: { serviceUser: ServiceUserView }) {
  return serviceUser.enabled ? (
    <Badge tone="success">Enabled</Badge>
  ) : (
    <Badge
      tone="danger"
      title={`Disabled since ${formatDateTime(serviceUser.disabledAt)}: its keys and OAuth clients are refused.`}
    >
      Disabled
    </Badge>
  );
}
