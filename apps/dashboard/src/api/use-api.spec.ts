import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { deferred, type Deferred } from '../test/fake-api';
import { ApiError } from './api-error';
import { useApi } from './use-api';

/** A load whose answers the test settles, one deferred per call, with the signals it got. */
function controlledLoad<T>() {
  const pending: Deferred<T>[] = [];
  const signals: AbortSignal[] = [];
  const load = vi.fn((signal: AbortSignal) => {
    const answer = deferred<T>();
    pending.push(answer);
    signals.push(signal);
    return answer.promise;
  });
  return { load, pending, signals };
}

function renderUseApi<T>(load: (signal: AbortSignal) => Promise<T>, key: string | null) {
  return renderHook(({ key: current }: { key: string | null }) => useApi(current, load), {
    initialProps: { key },
  });
}

describe('useApi', () => {
  it('loads nothing while the key is null', () => {
    const { load } = controlledLoad<string>();
    const { result } = renderUseApi(load, null);
    expect(load).not.toHaveBeenCalled();
    expect(result.current).toMatchObject({
      data: undefined,
      error: undefined,
      loading: false,
      refreshing: false,
    });
  });

  it('is loading until the first answer, then shows it', async () => {
    const { load, pending } = controlledLoad<string>();
    const { result } = renderUseApi(load, 'a');
    expect(load).toHaveBeenCalledTimes(1);
    expect(result.current).toMatchObject({ data: undefined, loading: true, refreshing: false });

    await act(async () => pending[0].resolve('answer a'));
    expect(result.current).toMatchObject({
      data: 'answer a',
      error: undefined,
      loading: false,
      refreshing: false,
    });
  });

  it('keeps the previous data on screen while a new key loads', async () => {
    const { load, pending } = controlledLoad<string>();
    const { result, rerender } = renderUseApi(load, 'page-1');
    await act(async () => pending[0].resolve('first page'));

    rerender({ key: 'page-2' });
    expect(load).toHaveBeenCalledTimes(2);
    expect(result.current).toMatchObject({
      data: 'first page',
      loading: false,
      refreshing: true,
    });

    await act(async () => pending[1].resolve('second page'));
    expect(result.current).toMatchObject({
      data: 'second page',
      loading: false,
      refreshing: false,
    });
  });

  it('drops an answer to an older key, and aborts its load', async () => {
    const { load, pending, signals } = controlledLoad<string>();
    const { result, rerender } = renderUseApi(load, 'a');
    rerender({ key: 'b' });
    expect(signals[0].aborted).toBe(true);
    expect(signals[1].aborted).toBe(false);

    // The older load ignores its signal and answers late: not shown.
    await act(async () => pending[0].resolve('answer a'));
    expect(result.current).toMatchObject({ data: undefined, loading: true });

    await act(async () => pending[1].resolve('answer b'));
    expect(result.current).toMatchObject({ data: 'answer b', loading: false, refreshing: false });

    // Nor does a late failure of an older load show up.
    rerender({ key: 'c' });
    rerender({ key: 'd' });
    await act(async () => pending[2].reject(new Error('late failure of c')));
    expect(result.current).toMatchObject({ data: 'answer b', error: undefined, refreshing: true });
    await act(async () => pending[3].resolve('answer d'));
    expect(result.current).toMatchObject({ data: 'answer d', error: undefined, refreshing: false });
  });

  it('drops an answer that arrives after the key became null, and after unmounting', async () => {
    const { load, pending, signals } = controlledLoad<string>();
    const { result, rerender, unmount } = renderUseApi(load, 'a');
    rerender({ key: null });
    expect(signals[0].aborted).toBe(true);
    await act(async () => pending[0].resolve('answer a'));
    expect(result.current).toMatchObject({ data: undefined, loading: false, refreshing: false });

    rerender({ key: 'b' });
    unmount();
    expect(signals[1].aborted).toBe(true);
  });

  it('shows an error, then loads again on reload', async () => {
    const { load, pending } = controlledLoad<string>();
    const { result } = renderUseApi(load, 'a');
    const failure = new ApiError(503, 'service_unavailable', 'down');
    await act(async () => pending[0].reject(failure));
    expect(result.current).toMatchObject({
      data: undefined,
      error: failure,
      loading: false,
      refreshing: false,
    });

    act(() => result.current.reload());
    expect(load).toHaveBeenCalledTimes(2);
    expect(result.current).toMatchObject({ error: undefined, loading: true, refreshing: false });

    await act(async () => pending[1].resolve('answer a'));
    expect(result.current).toMatchObject({
      data: 'answer a',
      error: undefined,
      loading: false,
    });
  });

  it('keeps the data when a reload fails, with the error above it', async () => {
    const { load, pending } = controlledLoad<string>();
    const { result } = renderUseApi(load, 'a');
    await act(async () => pending[0].resolve('answer a'));

    act(() => result.current.reload());
    expect(result.current).toMatchObject({ data: 'answer a', loading: false, refreshing: true });

    const failure = new ApiError(0, 'network_error', 'offline');
    await act(async () => pending[1].reject(failure));
    expect(result.current).toMatchObject({
      data: 'answer a',
      error: failure,
      loading: false,
      refreshing: false,
    });
  });

  it('keeps reload stable and loads with the latest load function', async () => {
    const first = vi.fn(async () => 'from first');
    const second = vi.fn(async () => 'from second');
    const { result, rerender } = renderHook(
      ({ load }: { load: () => Promise<string> }) => useApi('a', load),
      { initialProps: { load: first } },
    );
    await act(async () => {});
    expect(result.current.data).toBe('from first');
    const reload = result.current.reload;

    rerender({ load: second });
    expect(second).not.toHaveBeenCalled(); // a new function alone does not load again
    expect(result.current.reload).toBe(reload);

    await act(async () => result.current.reload());
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).toHaveBeenCalledTimes(1);
    expect(result.current.data).toBe('from second');
  });
});
