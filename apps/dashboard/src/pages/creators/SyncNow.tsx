import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/api-client';
import { describeError } from '../../api/describe-error';
import type { SyncOutcome, SyncStatusView } from '../../api/types';
import { Button } from '../../components/Button';
import { progressFromOutcome, progressFromStatus, type SyncProgress } from './sync-progress';

const POLL_MS = 1500;

/** "Sync now": starts a sync, follows it until it ends, and says how it went. */
export function SyncNow({
  creatorId,
  onSynced,
  disabled,
}: {
  creatorId: string;
  onSynced: () => void;
  disabled?: boolean;
}) {
  const [progress, setProgress] = useState<SyncProgress>({ phase: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  async function follow(): Promise<SyncProgress> {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (!mounted.current) return { phase: 'idle' };
      const status = await api.get<SyncStatusView>(`/api/v1/creators/${creatorId}/sync`);
      const next = progressFromStatus(status);
      if (next.phase !== 'working') return next;
      setProgress(next);
    }
  }

  async function start() {
    setProgress({ phase: 'working', label: 'Syncing with TikTok…' });
    try {
      let next = progressFromOutcome(
        await api.post<SyncOutcome>(`/api/v1/creators/${creatorId}/sync`),
      );
      if (next.phase === 'working') {
        setProgress(next);
        next = await follow();
      }
      if (!mounted.current) return;
      setProgress(next);
      if (next.phase === 'done') onSynced();
    } catch (error) {
      if (mounted.current) setProgress({ phase: 'failed', message: describeError(error) });
    }
  }

  return (
    <div className="sync-now">
      <Button onClick={() => void start()} busy={progress.phase === 'working'} disabled={disabled}>
        Sync now
      </Button>
      <span
        className={`sync-status sync-${progress.phase}`}
        role="status"
        aria-live="polite"
        data-testid="sync-status"
      >
        {progress.phase === 'working'
          ? progress.label
          : progress.phase === 'idle'
            ? ''
            : progress.message}
      </span>
    </div>
  );
}
