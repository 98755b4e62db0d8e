import { api } from '../../api/api-client';
import { useApi } from '../../api/use-api';
import { useCursor } from '../../api/use-cursor-page';
import type { CreatorView, Page } from '../../api/types';
import { Link } from '../../app/Link';
import { paths } from '../../app/routes';
import { Badge } from '../../components/Badge';
import { EmptyState } from '../../components/EmptyState';
import { LoadError } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { SkeletonRows } from '../../components/Skeleton';
import { formatCount, formatRelative } from '../../lib/format';
import { useCan } from '../../session/session';
import { Avatar } from './Avatar';
import { ConnectTikTokButton } from './ConnectTikTokButton';
import { PLATFORM_LABELS, STATUS_LABELS } from './creator-status';

export function CreatorsPage() {
  const canConnect = useCan('creators:write');
  const { cursor, next, previous, reset } = useCursor();
  const creators = useApi(`creators:${cursor ?? ''}`, (signal) =>
    api.get<Page<CreatorView>>('/api/v1/creators', { limit: 20, cursor }, signal),
  );
  const items = creators.data?.items ?? [];
  const refresh = () => {
    reset();
    creators.reload();
  };
  const connectButton = canConnect && <ConnectTikTokButton onConnected={refresh} />;

  return (
    <>
      <PageHeader
        title="Creators"
        description="The creators who connected their accounts to you, and their latest numbers."
        actions={connectButton}
      />
      {creators.error !== undefined && (
        <LoadError error={creators.error} onRetry={creators.reload} />
      )}
      {!creators.loading && creators.data && items.length === 0 && !cursor ? (
        <EmptyState title="No creators connected yet" action={connectButton}>
          Connect a TikTok account to start reading its profile, stats and videos. The creator
          approves access on TikTok in a popup.
        </EmptyState>
      ) : (
        <div className="table-wrap" aria-busy={creators.loading || creators.refreshing}>
          <table className="table">
            <caption className="visually-hidden">Creators</caption>
            <thead>
              <tr>
                <th scope="col">Creator</th>
                <th scope="col">Platform</th>
                <th scope="col" className="numeric">
                  Followers
                </th>
                <th scope="col">Status</th>
                <th scope="col">Last sync</th>
              </tr>
            </thead>
            <tbody>
              {creators.loading ? (
                <SkeletonRows columns={5} />
              ) : (
                items.map((creator) => (
                  <tr key={creator.id} data-testid="creator-row">
                    <th scope="row">
                      <Link to={paths.creator(creator.id)} className="creator-cell">
                        <Avatar
                          url={creator.avatarUrl}
                          name={creator.displayName ?? creator.username}
                        />
                        <span>
                          <span className="creator-name">
                            {creator.displayName ?? creator.username ?? 'Unnamed creator'}
                          </span>
                          {creator.username && (
                            <span className="muted small">@{creator.username}</span>
                          )}
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
                    <td>
                      {creator.lastSyncedAt ? formatRelative(creator.lastSyncedAt) : 'Syncing…'}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        label="Creator pages"
        hasPrevious={Boolean(cursor)}
        hasNext={Boolean(creators.data?.nextCursor)}
        onPrevious={() => previous(creators.data)}
        onNext={() => next(creators.data)}
      />
    </>
  );
}
