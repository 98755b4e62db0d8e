import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Page } from './types';
import { useCursor } from './use-cursor-page';

function page(nextCursor: string | null, prevCursor: string | null): Page<unknown> {
  return {
    items: [],
    nextCursor,
    prevCursor,
    hasMoreAfter: nextCursor !== null,
    hasMoreBefore: prevCursor !== null,
  };
}

describe('useCursor', () => {
  it('starts at the first page and follows the page on screen', () => {
    const { result } = renderHook(() => useCursor());
    expect(result.current.cursor).toBeUndefined();

    act(() => result.current.next(page('c2', null)));
    expect(result.current.cursor).toBe('c2');
    act(() => result.current.next(page('c3', 'p2')));
    expect(result.current.cursor).toBe('c3');
    act(() => result.current.previous(page('c4', 'p3')));
    expect(result.current.cursor).toBe('p3');
  });

  it('stays on the last page, and goes back to the first without a previous cursor', () => {
    const { result } = renderHook(() => useCursor());
    act(() => result.current.next(page('c2', null)));
    act(() => result.current.next(page(null, 'p2')));
    expect(result.current.cursor).toBe('c2');
    act(() => result.current.next(undefined));
    expect(result.current.cursor).toBe('c2');

    act(() => result.current.previous(page('c3', null)));
    expect(result.current.cursor).toBeUndefined();
  });

  it('resets to the first page', () => {
    const { result } = renderHook(() => useCursor());
    act(() => result.current.next(page('c2', null)));
    act(() => result.current.reset());
    expect(result.current.cursor).toBeUndefined();
  });
});
