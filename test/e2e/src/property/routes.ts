import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { HTTPMethods } from 'fastify';

export interface ServedRoute {
  method: string;
  /** Fastify's pattern, e.g. `/api/v1/keys/:id/roll`. */
  path: string;
  /** Names of the `:params` (and `*` for a wildcard) in the pattern. */
  params: string[];
}

const TREE_LINE = /^(?<indent>(?:[│ ] {3})*)[├└]── (?<segment>.*?)(?: \((?<methods>[A-Z, -]+)\))?$/;

/**
 * Reads Fastify's route tree (`printRoutes({ commonPrefix: false })`): each
 * line is one node, indented four characters per level, with the methods
 * served there in parentheses; a node's path is its parents' paths joined.
 */
export function parseRouteTree(tree: string): ServedRoute[] {
  const routes: ServedRoute[] = [];
  const prefixes: string[] = [];
  for (const line of tree.split('\n')) {
    if (line.trim() === '') continue;
    const match = TREE_LINE.exec(line);
    if (!match?.groups) throw new Error(`unexpected line in Fastify's route tree: ${line}`);
    const depth = match.groups.indent.length / 4;
    const path = (depth > 0 ? prefixes[depth - 1] : '') + match.groups.segment;
    prefixes[depth] = path;
    prefixes.length = depth + 1;
    for (const method of (match.groups.methods ?? '').split(',')) {
      const name = method.trim();
      if (name) routes.push({ method: name, path, params: paramsOf(path) });
    }
  }
  return routes;
}

function paramsOf(path: string): string[] {
  return path
    .split('/')
    .filter((segment) => segment.startsWith(':') || segment === '*')
    .map((segment) => (segment === '*' ? '*' : segment.slice(1)));
}

/**
 * Every method and path the running gateway serves under the prefix, read from
 * its Fastify instance (so a new route is fuzzed without touching the tests),
 * each checked back with `hasRoute` so that a misread tree cannot go unnoticed.
 */
export function servedRoutes(app: NestFastifyApplication, prefix = '/api/v1/'): ServedRoute[] {
  const fastify = app.getHttpAdapter().getInstance();
  const routes = parseRouteTree(fastify.printRoutes({ commonPrefix: false })).filter((route) =>
    route.path.startsWith(prefix),
  );
  for (const route of routes) {
    if (!fastify.hasRoute({ method: route.method as HTTPMethods, url: route.path }))
      throw new Error(
        `read ${route.method} ${route.path} from the route tree, but Fastify has no such route`,
      );
  }
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

/** The path with each parameter replaced by the (already encoded) value given for it. */
export function fillPath(route: ServedRoute, values: Record<string, string>): string {
  return route.path
    .split('/')
    .map((segment) => {
      if (segment === '*') return values['*'] ?? '';
      return segment.startsWith(':') ? (values[segment.slice(1)] ?? '') : segment;
    })
    .join('/');
}

export const routeName = (route: ServedRoute) => `${route.method} ${route.path}`;
