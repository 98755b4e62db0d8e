import { useSyncExternalStore } from 'react';

export interface RouteMatch {
  name: string;
  params: Record<string, string>;
}

export interface RouteDefinition {
  name: string;
  pattern: string;
}

/** "/creators/:id" against "/creators/abc" → { id: "abc" }; null when it does not match. */
export function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let index = 0; index < want.length; index += 1) {
    const part = want[index];
    if (part.startsWith(':')) {
      try {
        params[part.slice(1)] = decodeURIComponent(have[index]);
      } catch {
        return null;
      }
    } else if (part !== have[index]) return null;
  }
  return params;
}

export function matchRoute(routes: readonly RouteDefinition[], path: string): RouteMatch | null {
  for (const route of routes) {
    const params = matchPattern(route.pattern, path);
    if (params) return { name: route.name, params };
  }
  return null;
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function currentLocation(): string {
  return window.location.pathname + window.location.search;
}

/** Moves to another page of the dashboard without reloading it. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentLocation()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const listener of listeners) listener();
  window.scrollTo?.(0, 0);
}

/** The current path and query, re-rendering on every navigation. */
export function useLocation(): { path: string; search: URLSearchParams } {
  const location = useSyncExternalStore(subscribe, currentLocation, () => '/');
  const [path, query = ''] = location.split('?');
  return { path, search: new URLSearchParams(query) };
}
