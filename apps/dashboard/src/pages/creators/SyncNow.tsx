import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/api-client';
import { PLATFORM_NAMES } from '@tally/contracts/browser';
import type { Platform, SyncOutcome, SyncStatusView } from '../../api/types';
import { Button } from '../../components/Button';
import {
  progressFromError,
  progressFromOutcome,
  progressFromStatus,
  type SyncProgress,
} from './sync-progress';

const POLL_MS = 1500;

/** "Sync now": starts a sync, follows it until it ends, and says how it went. */
export function SyncNow({
  creatorId,
  platform,
  onSynced,
  disabled,
}: {
  creatorId: string;
  platform: Platform;
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
      const next = progressFromStatus(status, platform);
      if (next.phase !== 'working') return next;
      setProgress(next);
    }
  }

  async function start() {
    setProgress({ phase: 'working', label: `Syncing with ${PLATFORM_NAMES[platform]}…` });
    try {
      let next = progressFromOutcome(
        await api.post<SyncOutcome>(`/api/v1/creators/${creatorId}/sync`),
        platform,
      );
      if (next.phase === 'working') {
        setProgress(next);
        next = await follow();
      }
      if (!mounted.current) return;
      setProgress(next);
      if (next.phase === 'done') onSynced();
    } catch (error) {
      if (mounted.current) setProgress(progressFromError(error, platform));
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
