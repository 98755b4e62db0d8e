import { PLATFORM_NAMES } from '@tally/contracts/browser';
import { useState } from 'react';
import { api } from '../../api/api-client';
import { usePagedList } from '../../api/use-paged-list';
import type { CreatorView, Page } from '../../api/types';
import { Link } from '../../app/Link';
import { paths } from '../../app/routes';
import { navigate, useLocation } from '../../app/router';
import { Badge } from '../../components/Badge';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import { formatCount, formatRelative } from '../../lib/format';
import { useCan } from '../../session/session';
import { Avatar } from './Avatar';
import { ConnectButtons } from './ConnectButtons';
import { STATUS_LABELS } from './creator-status';
import {
  creatorsListPath,
  creatorsQuery,
  PLATFORM_FILTER_OPTIONS,
  platformFromSearch,
} from './platform-filter';
import { PlatformName } from './PlatformIcon';

const COLUMNS = ['Creator', 'Platform', 'Followers', 'Status', 'Last sync'];

export function CreatorsPage() {
  const canConnect = useCan('creators:write');
  const platform = platformFromSearch(useLocation().search);
  const creators = usePagedList(`creators:${platform ?? 'all'}`, (cursor, signal) =>
    api.get<Page<CreatorView>>(
      '/api/v1/creators',
      { limit: 20, cursor, ...creatorsQuery(platform) },
      signal,
    ),
  );
  // A cursor belongs to the filter it was made for: another filter (chosen
  // here, or by going back) starts at its first page before anything loads.
  const [listedPlatform, setListedPlatform] = useState(platform);
  if (listedPlatform !== platform) {
    setListedPlatform(platform);
    creators.reset();
  }
  const connectButtons = canConnect && <ConnectButtons onConnected={creators.restart} />;

  return (
    <>
      <PageHeader
        title="Creators"
        description="The creators who connected their accounts to you, and their latest numbers."
        actions={connectButtons}
      />
      <div className="segmented list-filter" role="radiogroup" aria-label="Platform">
        {PLATFORM_FILTER_OPTIONS.map((option) => (
          <button
            key={option.label}
            type="button"
            role="radio"
            aria-checked={platform === option.value}
            className={platform === option.value ? 'segment active' : 'segment'}
            onClick={() => navigate(creatorsListPath(option.value))}
          >
            {option.label}
          </button>
        ))}
      </div>
      <PagedTable
        caption={platform ? `${PLATFORM_NAMES[platform]} creators` : 'Creators'}
        paged={creators}
        columnCount={COLUMNS.length}
        columns={<ColumnHeaders names={COLUMNS} numeric={['Followers']} />}
        empty={
          platform ? (
            <EmptyState
              title={`No ${PLATFORM_NAMES[platform]} creators connected yet`}
              action={<Link to={creatorsListPath(null)}>Show every platform</Link>}
            >
              Creators who connect a {PLATFORM_NAMES[platform]} account show up here.
            </EmptyState>
          ) : (
            <EmptyState title="No creators connected yet" action={connectButtons}>
              Connect a TikTok, Instagram or YouTube account to start reading its profile, stats and
              videos. The creator approves access on the platform in a popup.
            </EmptyState>
          )
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
            <td>
              <PlatformName platform={creator.platform} />
            </td>
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
