import { useCallback, useEffect, useEffectEvent, useState } from 'react';

export interface ApiData<T> {
  data: T | undefined;
  error: unknown;
  /** True until the first answer (and while reloading after an error). */
  loading: boolean;
  /** True while a newer answer is on its way and the older data is still shown. */
  refreshing: boolean;
  reload: () => void;
}

interface Answer<T> {
  /** Which load answered: the key and the reload count. */
  token: string;
  key: string;
  data?: T;
  error?: unknown;
}

/**
 * Loads with `load` whenever `key` changes (null: not now). The last answer
 * stays on screen while the next one loads, so that a page never flashes
 * blank; an answer to an older key is dropped.
 */
export function useApi<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
): ApiData<T> {
  const [answer, setAnswer] = useState<Answer<T> | null>(null);
  const [generation, setGeneration] = useState(0);
  const loadLatest = useEffectEvent(load);
  const token = `${key}#${generation}`;

  useEffect(() => {
    if (key === null) return undefined;
    const controller = new AbortController();
    const answered = `${key}#${generation}`;
    loadLatest(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setAnswer({ token: answered, key, data });
      },
      (error: unknown) => {
        // A failed reload keeps what was on screen, with the error above it.
        if (!controller.signal.aborted)
          setAnswer((previous) => ({ token: answered, key, data: previous?.data, error }));
      },
    );
    return () => controller.abort();
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const pending = key !== null && answer?.token !== token;
  const sameKey = answer?.key === key;
  const data = answer?.data;
  return {
    data,
    error: sameKey && !pending ? answer?.error : undefined,
    loading: data === undefined && pending,
    refreshing: pending && data !== undefined,
    reload,
  };
}
