import { api } from '../../api/api-client';
import { useApi } from '../../api/use-api';
import type { PlatformQuotaView, PlatformUsageReport } from '../../api/types';
import { LoadError } from '../../components/ErrorMessage';
import { LoadingBlock } from '../../components/Skeleton';
import { formatUpcoming } from '../../lib/local-time';
import { QUOTA_STATE_NOTES, quotaBar, splitPlatforms } from './platform-quota';

const percent = (share: number) => `${(share * 100).toFixed(2)}%`;

/** One daily quota: spent as a bar, the reserve marked on it, and when it is whole again. */
function QuotaMeter({ name, quota }: { name: string; quota: PlatformQuotaView }) {
  const bar = quotaBar(quota);
  const note = QUOTA_STATE_NOTES[bar.state];
  return (
    <div className="quota" data-testid={`quota-${name.toLowerCase()}`}>
      <div className="pool-head">
        <strong>{name} daily quota</strong>
        <span>
          {bar.usedText} · {bar.remainingText}
        </span>
      </div>
      <div
        className={`quota-bar quota-state-${bar.state}`}
        role="meter"
        aria-label={`${name} quota used`}
        aria-valuemin={0}
        aria-valuemax={quota.unitsPerDay}
        aria-valuenow={Math.min(quota.used, quota.unitsPerDay)}
        aria-valuetext={`${bar.usedText} (${bar.percent}%)`}
      >
        <span
          className="quota-reserve-mark"
          data-testid="quota-reserve"
          style={{ left: percent(bar.reserveStart) }}
        />
        <span
          className="quota-fill"
          data-testid="quota-fill"
          style={{ width: percent(bar.usedShare) }}
        />
      </div>
      <p className="muted small">{bar.reserveText}</p>
      {note && <p className="small quota-note">{note}</p>}
      <p className="muted small" data-testid="quota-reset">
        Resets at {formatUpcoming(new Date(quota.resetsAt))} (midnight Pacific time).
      </p>
    </div>
  );
}

/**
 * The platforms' budgets Tally shares among every customer's creators:
 * YouTube's daily quota drawn, the others' limits in words.
 */
export function PlatformLimits() {
  const usage = useApi('platform-usage', (signal) =>
    api.get<PlatformUsageReport>('/api/v1/usage/platforms', undefined, signal),
  );
  const split = usage.data ? splitPlatforms(usage.data) : null;
  return (
    <section className="panel" aria-labelledby="platforms-heading" aria-busy={usage.refreshing}>
      <h2 id="platforms-heading">Platform limits</h2>
      <p className="muted">
        Syncs of every customer’s creators share each platform’s limits; Tally keeps within them.
      </p>
      {usage.error !== undefined && <LoadError error={usage.error} onRetry={usage.reload} />}
      {usage.loading || !split ? (
        !usage.error && <LoadingBlock label="Loading platform limits…" />
      ) : (
        <>
          {split.quotas.map((entry) => (
            <QuotaMeter key={entry.platform} name={entry.name} quota={entry.quota} />
          ))}
          {split.limits.length > 0 && (
            <ul className="platform-limits">
              {split.limits.map((entry) => (
                <li key={entry.platform} data-testid={`limit-${entry.platform.toLowerCase()}`}>
                  <strong>{entry.name}</strong>: {entry.limit}
                </li>
              ))}
            </ul>
          )}
          {split.quotas.length === 0 && split.limits.length === 0 && (
            <p className="muted">No platform limits to show.</p>
          )}
        </>
      )}
    </section>
  );
}
