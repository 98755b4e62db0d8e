import { MAX_HISTORY_POINTS, PLATFORM_NAMES } from '@tally/contracts/browser';
import { useState } from 'react';
import { api } from '../../api/api-client';
import { isApiError } from '../../api/api-error';
import { useApi } from '../../api/use-api';
import type { CreatorProfile, Disconnected, StatsHistory } from '../../api/types';
import { Link } from '../../app/Link';
import { paths } from '../../app/routes';
import { navigate } from '../../app/router';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { LoadError } from '../../components/ErrorMessage';
import { LineChart } from '../../components/LineChart';
import { LoadingBlock } from '../../components/Skeleton';
import { useToast } from '../../components/Toasts';
import { formatRelative, formatWhole } from '../../lib/format';
import { useCan } from '../../session/session';
import { Avatar } from './Avatar';
import { STATUS_LABELS } from './creator-status';
import { platformDetails, profileLink } from './platform-details';
import { PlatformName } from './PlatformIcon';
import { creatorStats, growthCharts } from './platform-stats';
import { SyncNow } from './SyncNow';
import { VideosTable } from './VideosTable';

/** From this many snapshots on, the growth charts show a trend worth reading. */
const FULL_HISTORY = 3;

export function CreatorPage({ id }: { id: string }) {
  const canWrite = useCan('creators:write');
  const canSync = useCan('creators:sync');
  const notify = useToast();
  const [version, setVersion] = useState(0);
  const [disconnecting, setDisconnecting] = useState(false);
  const profile = useApi(`profile:${id}:${version}`, (signal) =>
    api.get<CreatorProfile>(`/api/v1/creators/${id}/profile`, undefined, signal),
  );
  const history = useApi(`history:${id}:${version}`, (signal) =>
    api.get<StatsHistory>(
      `/api/v1/creators/${id}/stats/history`,
      // The API's default range (the last 30 days) in one answer: a snapshot per
      // sync (every 6 hours by default) stays far below the cap.
      { limit: MAX_HISTORY_POINTS },
      signal,
    ),
  );

  if (profile.loading) return <LoadingBlock label="Loading the creator…" />;
  if (!profile.data) {
    if (isApiError(profile.error) && profile.error.status === 404)
      return (
        <EmptyState
          title="Creator not found"
          action={<Link to={paths.creators}>Back to creators</Link>}
        >
          This creator was disconnected, or belongs to another account.
        </EmptyState>
      );
    return <LoadError error={profile.error} onRetry={profile.reload} />;
  }

  const creator = profile.data;
  const platformName = PLATFORM_NAMES[creator.platform];
  const status = STATUS_LABELS[creator.status];
  const link = profileLink(creator);
  const details = platformDetails(creator);
  const name = creator.displayName ?? creator.username ?? 'Unnamed creator';
  const snapshots = history.data?.items ?? [];
  const series = (pick: (snapshot: (typeof snapshots)[number]) => number | null) =>
    snapshots.flatMap((snapshot) => {
      const value = pick(snapshot);
      return value === null ? [] : [{ time: new Date(snapshot.capturedAt).getTime(), value }];
    });

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={paths.creators}>Creators</Link> / <span aria-current="page">{name}</span>
      </nav>
      <header className="creator-header">
        <Avatar url={creator.avatarUrl} name={name} size="large" />
        <div className="creator-identity">
          <h1>
            {name} {creator.verified && <Badge tone="info">Verified</Badge>}
          </h1>
          <p className="muted">
            {creator.username ? `@${creator.username} · ` : ''}
            <PlatformName platform={creator.platform} /> · connected{' '}
            {formatRelative(creator.connectedAt)}
            {link && (
              <>
                {' · '}
                <a href={link.href} target="_blank" rel="noreferrer noopener">
                  {link.label}
                </a>
              </>
            )}
          </p>
          {creator.bio && <p className="creator-bio">{creator.bio}</p>}
          {details.length > 0 && (
            <dl className="platform-details" data-testid="platform-details">
              {details.map((item) => (
                <div key={item.label}>
                  <dt>{item.label}</dt>
                  <dd>
                    {item.href ? (
                      <a href={item.href} target="_blank" rel="noreferrer noopener nofollow">
                        {item.text}
                      </a>
                    ) : (
                      item.text
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          )}
          <p>
            <Badge tone={status.tone}>{status.text}</Badge>{' '}
            <span className="muted small">{status.help}</span>
          </p>
        </div>
        <div className="page-actions">
          {canSync && (
            <SyncNow
              creatorId={id}
              platform={creator.platform}
              onSynced={() => setVersion((value) => value + 1)}
              disabled={creator.status !== 'connected'}
            />
          )}
          {canWrite && (
            <Button variant="danger" onClick={() => setDisconnecting(true)}>
              Disconnect
            </Button>
          )}
        </div>
      </header>

      <section className="stats" aria-label="Latest stats">
        {creatorStats(creator).map((stat) => (
          <div key={stat.testId} className="stat">
            <span className="stat-label">{stat.label}</span>
            <span className="stat-value" data-testid={stat.testId}>
              {stat.note ?? formatWhole(stat.value)}
            </span>
          </div>
        ))}
        <div className="stat">
          <span className="stat-label">Last sync</span>
          <span className="stat-value stat-value-small">
            {creator.lastSyncedAt ? formatRelative(creator.lastSyncedAt) : 'Not yet'}
          </span>
        </div>
      </section>

      <section className="panel" aria-labelledby="history-heading">
        <h2 id="history-heading">Growth</h2>
        {history.error !== undefined && (
          <LoadError error={history.error} onRetry={history.reload} />
        )}
        {history.loading ? (
          <LoadingBlock label="Loading the stats history…" />
        ) : snapshots.length === 0 ? (
          <p className="muted">The chart starts with the first sync.</p>
        ) : (
          <>
            {snapshots.length < FULL_HISTORY && (
              <p className="muted" data-testid="history-note">
                History builds up with each sync ({snapshots.length} so far).
              </p>
            )}
            <div className="charts">
              {growthCharts(creator.platform).map((chart) => (
                <LineChart
                  key={chart.title}
                  title={chart.title}
                  series={[{ name: chart.title, points: series(chart.pick) }]}
                />
              ))}
            </div>
          </>
        )}
      </section>

      <VideosTable creatorId={id} platform={creator.platform} version={version} />

      <ConfirmDialog
        open={disconnecting}
        title={`Disconnect ${name}?`}
        description={`Tally gives up its access on ${platformName} and deletes this creator's profile, stats and videos. To get them back, the creator must connect again.`}
        confirmLabel="Disconnect creator"
        onClose={() => setDisconnecting(false)}
        onConfirm={async () => {
          await api.delete<Disconnected>(`/api/v1/creators/${id}`);
          notify(`${name} was disconnected`);
          navigate(paths.creators);
        }}
      />
    </>
  );
}
