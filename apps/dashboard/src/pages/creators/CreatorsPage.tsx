import { api } from '../../api/api-client';
import { usePagedList } from '../../api/use-paged-list';
import type { CreatorView, Page } from '../../api/types';
import { Link } from '../../app/Link';
import { paths } from '../../app/routes';
import { Badge } from '../../components/Badge';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import { formatCount, formatRelative } from '../../lib/format';
import { useCan } from '../../session/session';
import { Avatar } from './Avatar';
import { ConnectTikTokButton } from './ConnectTikTokButton';
import { PLATFORM_LABELS, STATUS_LABELS } from './creator-status';

const COLUMNS = ['Creator', 'Platform', 'Followers', 'Status', 'Last sync'];

export function CreatorsPage() {
  const canConnect = useCan('creators:write');
  const creators = usePagedList('creators', (cursor, signal) =>
    api.get<Page<CreatorView>>('/api/v1/creators', { limit: 20, cursor }, signal),
  );
  const connectButton = canConnect && <ConnectTikTokButton onConnected={creators.restart} />;

  return (
    <>
      <PageHeader
        title="Creators"
        description="The creators who connected their accounts to you, and their latest numbers."
        actions={connectButton}
      />
      <PagedTable
        caption="Creators"
        paged={creators}
        columnCount={COLUMNS.length}
        columns={<ColumnHeaders names={COLUMNS} numeric={['Followers']} />}
        empty={
          <EmptyState title="No creators connected yet" action={connectButton}>
            Connect a TikTok account to start reading its profile, stats and videos. The creator
            approves access on TikTok in a popup.
          </EmptyState>
        }
        renderRow={(creator) => (
          <tr key={creator.id} data-testid="creator-row">
            <th scope="row">
              <Link to={paths.creator(creator.id)} className="creator-cell">
                <Avatar url={creator.avatarUrl} name={creator.displayName ?? creator.username} />
                <span>
                  <span className="creator-name">
                    {creator.displayName ?? creator.username ?? 'Unnamed creator'}
                  </span>
                  {creator.username && <span className="muted small">@{creator.username}</span>}
                </span>
              </Link>
            </th>
            <td>{PLATFORM_LABELS[creator.platform]}</td>
            <td className="numeric">{formatCount(creator.stats.followers)}</td>
            <td>
              <Badge
                tone={STATUS_LABELS[creator.status].tone}
                title={STATUS_LABELS[creator.status].help}
              >
                {STATUS_LABELS[creator.status].text}
              </Badge>
            </td>
            <td>{creator.lastSyncedAt ? formatRelative(creator.lastSyncedAt) : 'Syncing…'}</td>
          </tr>
        )}
      />
    </>
  );
}
