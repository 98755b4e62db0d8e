import { useState } from 'react';
import { api } from '../../api/api-client';
import { useApi } from '../../api/use-api';
import type { ApiKeyView, OAuthClientView, Page, UsageReport } from '../../api/types';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { EmptyState } from '../../components/EmptyState';
import { LoadError } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { LoadingBlock } from '../../components/Skeleton';
import { formatDateTime, formatWhole } from '../../lib/format';
import { LineChart } from '../../components/LineChart';
import { ENVIRONMENT_LABELS } from '../keys/key-labels';
import { PlatformLimits } from './PlatformLimits';
import { credentialRows, poolShare, usageSeries } from './usage-rows';

const COUNTS = ['Requests', 'Failed', 'Refused'];

function CountCells({ counts }: { counts: { requests: number; failed: number; refused: number } }) {
  return (
    <>
      <td className="numeric">{formatWhole(counts.requests)}</td>
      <td className="numeric">{formatWhole(counts.failed)}</td>
      <td className="numeric">{formatWhole(counts.refused)}</td>
    </>
  );
}

const PERIODS = [
  { value: '24h', label: 'Last 24 hours' },
  { value: '7d', label: 'Last 7 days' },
] as const;

async function loadNames(signal: AbortSignal) {
  const [keys, clients] = await Promise.all([
    api.get<Page<ApiKeyView>>('/api/v1/keys', { limit: 100 }, signal),
    api.get<Page<OAuthClientView>>('/api/v1/oauth-clients', { limit: 100 }, signal),
  ]);
  return { keys: keys.items, clients: clients.items };
}

export function UsagePage() {
  const [period, setPeriod] = useState<'24h' | '7d'>('24h');
  const usage = useApi(`usage:${period}`, (signal) =>
    api.get<UsageReport>('/api/v1/usage', { period }, signal),
  );
  const names = useApi('usage-names', loadNames);
  const data = usage.data;
  const rows = data ? credentialRows(data, names.data?.keys ?? [], names.data?.clients ?? []) : [];

  return (
    <>
      <PageHeader
        title="Usage"
        description="Requests to the API by key and environment, how much of each rate-limit pool is spent, and the platforms’ limits."
        actions={
          <div className="segmented" role="radiogroup" aria-label="Period">
            {PERIODS.map((choice) => (
              <button
                key={choice.value}
                type="button"
                role="radio"
                aria-checked={period === choice.value}
                className={period === choice.value ? 'segment active' : 'segment'}
                onClick={() => setPeriod(choice.value)}
              >
                {choice.label}
              </button>
            ))}
          </div>
        }
      />
      {usage.error !== undefined && <LoadError error={usage.error} onRetry={usage.reload} />}
      {usage.loading || !data ? (
        !usage.error && <LoadingBlock label="Loading usage…" />
      ) : (
        <div aria-busy={usage.refreshing}>
          <section className="stats" aria-label="Totals">
            {(
              [
                ['Requests', data.totals.requests],
                ['Succeeded', data.totals.succeeded],
                ['Failed', data.totals.failed],
                ['Refused by rate limits', data.totals.refused],
              ] as const
            ).map(([label, value]) => (
              <div key={label} className="stat">
                <span className="stat-label">{label}</span>
                <span
                  className="stat-value"
                  data-testid={`usage-${label.split(' ')[0].toLowerCase()}`}
                >
                  {formatWhole(value)}
                </span>
              </div>
            ))}
          </section>

          <section className="panel" aria-labelledby="pools-heading">
            <h2 id="pools-heading">Rate-limit pools now</h2>
            <p className="muted">Every key and client of an environment draws from one pool.</p>
            <div className="pools">
              {data.pools.map((pool) => (
                <div
                  key={pool.environment}
                  className="pool"
                  data-testid={`pool-${pool.environment}`}
                >
                  <div className="pool-head">
                    <strong>{ENVIRONMENT_LABELS[pool.environment]}</strong>
                    <span>
                      {formatWhole(pool.remaining)} of {formatWhole(pool.limit)} left
                    </span>
                  </div>
                  <progress
                    max={1}
                    value={poolShare(pool)}
                    aria-label={`${ENVIRONMENT_LABELS[pool.environment]} pool used`}
                  />
                  <span className="muted small">
                    per {Math.round(pool.windowSeconds / 60)} minutes · refills in{' '}
                    {pool.resetSeconds} s
                  </span>
                </div>
              ))}
            </div>
          </section>

          <section className="panel" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">Requests over time</h2>
            <p className="muted small">
              Requests per{' '}
              {data.bucketSeconds === 3600 ? 'hour' : `${data.bucketSeconds / 3600} hours`},{' '}
              {formatDateTime(data.from)} to {formatDateTime(data.to)}
            </p>
            <LineChart title="Requests over time" series={usageSeries(data)} titleHidden />
          </section>

          <section className="panel" aria-labelledby="by-environment-heading">
            <h2 id="by-environment-heading">By environment</h2>
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <ColumnHeaders names={['Environment', ...COUNTS]} numeric={COUNTS} />
                  </tr>
                </thead>
                <tbody>
                  {data.byEnvironment.map((entry) => (
                    <tr key={entry.environment}>
                      <th scope="row">{ENVIRONMENT_LABELS[entry.environment]}</th>
                      <CountCells counts={entry} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section className="panel" aria-labelledby="by-key-heading">
            <h2 id="by-key-heading">By key</h2>
            {rows.length === 0 ? (
              <EmptyState title="No requests in this period">
                Calls made with your keys and OAuth clients show up here within seconds.
              </EmptyState>
            ) : (
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <ColumnHeaders
                        names={['Key or client', 'Kind', 'Environment', ...COUNTS]}
                        numeric={COUNTS}
                      />
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.id} data-testid="usage-row">
                        <th scope="row">
                          {row.name}
                          {row.identifier && (
                            <span className="credential-identifier">
                              {' · '}
                              <code>{row.identifier}</code>
                            </span>
                          )}
                        </th>
                        <td>{row.kind}</td>
                        <td>
                          {ENVIRONMENT_LABELS[row.environment as keyof typeof ENVIRONMENT_LABELS]}
                        </td>
                        <CountCells counts={row} />
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </div>
      )}
      <PlatformLimits />
    </>
  );
}
