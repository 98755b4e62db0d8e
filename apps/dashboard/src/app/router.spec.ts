import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { matchPattern, matchRoute, navigate, useLocation, type RouteDefinition } from './router';
import { APP_ROUTES, LINK_ROUTES, linkToken, paths, PUBLIC_ROUTES } from './routes';

describe('matchPattern', () => {
  it('matches static paths exactly', () => {
    expect(matchPattern('/creators', '/creators')).toEqual({});
    expect(matchPattern('/settings/roles', '/settings/roles')).toEqual({});
    expect(matchPattern('/creators', '/creatorsx')).toBeNull();
    expect(matchPattern('/creators', '/Creators')).toBeNull();
  });

  it('needs as many segments as the pattern', () => {
    expect(matchPattern('/creators/:id', '/creators')).toBeNull();
    expect(matchPattern('/creators/:id', '/creators/abc/videos')).toBeNull();
    expect(matchPattern('/creators', '/')).toBeNull();
    expect(matchPattern('/', '/')).toEqual({});
  });

  it('ignores a trailing slash', () => {
    expect(matchPattern('/creators', '/creators/')).toEqual({});
    expect(matchPattern('/creators/:id', '/creators/abc/')).toEqual({ id: 'abc' });
  });

  it('takes named params', () => {
    expect(matchPattern('/creators/:id', '/creators/abc-123')).toEqual({ id: 'abc-123' });
    expect(matchPattern('/a/:first/b/:second', '/a/1/b/2')).toEqual({ first: '1', second: '2' });
    expect(matchPattern('/a/:first/b/:second', '/a/1/c/2')).toBeNull();
  });

  it('decodes params', () => {
    expect(matchPattern('/creators/:id', '/creators/a%20b%2Fc%C3%A9')).toEqual({ id: 'a b/cé' });
    expect(matchPattern('/creators/:id', paths.creator('id with/slash & ü'))).toEqual({
      id: 'id with/slash & ü',
    });
  });

  it('does not match malformed encoding', () => {
    expect(matchPattern('/creators/:id', '/creators/%E0%A4%A')).toBeNull();
    expect(matchPattern('/creators/:id', '/creators/100%')).toBeNull();
  });
});

describe('matchRoute', () => {
  const routes: RouteDefinition[] = [
    { name: 'new', pattern: '/creators/new' },
    { name: 'creator', pattern: '/creators/:id' },
    { name: 'creators', pattern: '/creators' },
  ];

  it('returns the first route that matches, with its params', () => {
    expect(matchRoute(routes, '/creators/new')).toEqual({ name: 'new', params: {} });
    expect(matchRoute(routes, '/creators/c1')).toEqual({ name: 'creator', params: { id: 'c1' } });
    expect(matchRoute(routes, '/creators')).toEqual({ name: 'creators', params: {} });
  });

  it('is null when nothing matches, or the param is malformed', () => {
    expect(matchRoute(routes, '/usage')).toBeNull();
    expect(matchRoute(routes, '/creators/%ZZ')).toBeNull();
    expect(matchRoute([], '/creators')).toBeNull();
  });

  it("knows the dashboard's own pages", () => {
    expect(matchRoute(PUBLIC_ROUTES, '/signin')?.name).toBe('signIn');
    expect(matchRoute(PUBLIC_ROUTES, '/signup')?.name).toBe('signUp');
    expect(matchRoute(PUBLIC_ROUTES, '/creators')).toBeNull();
    expect(matchRoute(APP_ROUTES, paths.apiKeys)?.name).toBe('apiKeys');
    expect(matchRoute(APP_ROUTES, paths.redirectUrls)?.name).toBe('redirectUrls');
    expect(matchRoute(APP_ROUTES, paths.webhooks)?.name).toBe('webhooks');
    expect(matchRoute(APP_ROUTES, paths.webhookEndpoint('wh/1'))).toEqual({
      name: 'webhookEndpoint',
      params: { id: 'wh/1' },
    });
    expect(matchRoute(APP_ROUTES, paths.creator('c/1'))).toEqual({
      name: 'creator',
      params: { id: 'c/1' },
    });
  });

  it('knows the team, service users and account settings, and the pages emailed links open', () => {
    expect(matchRoute(PUBLIC_ROUTES, '/forgot-password')?.name).toBe('forgotPassword');
    expect(matchRoute(LINK_ROUTES, '/reset-password')?.name).toBe('resetPassword');
    expect(matchRoute(LINK_ROUTES, '/accept-invitation')?.name).toBe('acceptInvitation');
    expect(matchRoute(PUBLIC_ROUTES, '/accept-invitation')).toBeNull();
    expect(matchRoute(APP_ROUTES, '/settings/team')?.name).toBe('team');
    expect(matchRoute(APP_ROUTES, '/settings/account')?.name).toBe('accountSettings');
    expect(matchRoute(APP_ROUTES, '/settings/service-users')?.name).toBe('serviceUsers');
    expect(matchRoute(APP_ROUTES, paths.serviceUser('su 1'))).toEqual({
      name: 'serviceUser',
      params: { id: 'su 1' },
    });
  });
});

describe('linkToken', () => {
  it("reads the token from a link's fragment", () => {
    expect(linkToken('#token=abc_DEF-123')).toBe('abc_DEF-123');
    expect(linkToken('token=abc')).toBe('abc');
    expect(linkToken('#other=1&token=a%2Bb')).toBe('a+b');
  });

  it('is null without one', () => {
    expect(linkToken('')).toBeNull();
    expect(linkToken('#')).toBeNull();
    expect(linkToken('#token=')).toBeNull();
    expect(linkToken('#tokens=abc')).toBeNull();
  });
});

describe('navigate and useLocation', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('moves without reloading and re-renders the location', () => {
    window.history.replaceState(null, '', '/creators');
    const { result } = renderHook(() => useLocation());
    expect(result.current.path).toBe('/creators');

    act(() => navigate('/audit-log?cursor=abc'));
    expect(window.location.pathname).toBe('/audit-log');
    expect(result.current.path).toBe('/audit-log');
    expect(result.current.search.get('cursor')).toBe('abc');
  });

  it('pushes a history entry, or replaces the current one', () => {
    window.history.replaceState(null, '', '/creators');
    const length = window.history.length;
    act(() => navigate('/usage'));
    expect(window.history.length).toBe(length + 1);
    act(() => navigate('/signin', { replace: true }));
    expect(window.history.length).toBe(length + 1);
    expect(window.location.pathname).toBe('/signin');
  });

  it('does nothing when already there', () => {
    window.history.replaceState(null, '', '/usage?period=7d');
    const length = window.history.length;
    act(() => navigate('/usage?period=7d'));
    expect(window.history.length).toBe(length);
  });

  it('follows the back button', () => {
    window.history.replaceState(null, '', '/creators');
    const { result } = renderHook(() => useLocation());
    act(() => {
      window.history.replaceState(null, '', '/usage');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current.path).toBe('/usage');
  });
});
