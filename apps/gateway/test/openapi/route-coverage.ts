import type { OpenAPIObject, OperationObject } from '@nestjs/swagger';
import { HTTP_METHODS, isDocumentedPath } from '../../src/openapi/build-openapi-document.js';
import type { RegisteredRoute } from './documented-gateway.js';

type HttpMethod = (typeof HTTP_METHODS)[number];
type Operation = OperationObject & { 'x-access'?: string };

function isHttpMethod(method: string): method is HttpMethod {
  return (HTTP_METHODS as readonly string[]).includes(method);
}

function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function operationProblems(name: string, operation: Operation): string[] {
  const problems: string[] = [];
  if (!operation.summary) problems.push(`${name} has no summary: document it with @ApiRoute`);
  if (!Array.isArray(operation.security))
    problems.push(`${name} does not say which credentials it takes (security)`);
  if (operation['x-access'] === 'undeclared')
    problems.push(`${name} declares no access: add @Public, @AnyCredential or @RequirePermission`);
  const statuses = Object.keys(operation.responses ?? {});
  if (!statuses.some((status) => /^2\d\d$/.test(status)))
    problems.push(`${name} documents no success response`);
  if (!statuses.some((status) => /^[45]\d\d$/.test(status)))
    problems.push(`${name} documents no error response`);
  return problems;
}

/**
 * Every public route the gateway registered must be in the document, fully
 * described, and the document must describe no route the gateway lacks.
 */
export function routeCoverageProblems(
  document: OpenAPIObject,
  routes: readonly RegisteredRoute[],
): string[] {
  const served = routes.filter((route) => isDocumentedPath(route.url));
  const gets = new Set(served.filter((route) => route.method === 'GET').map((route) => route.url));
  const problems: string[] = [];
  const expected = new Set<string>();
  for (const { method, url } of served) {
    // Fastify answers HEAD for every GET on its own.
    if (method === 'HEAD' && gets.has(url)) continue;
    const name = `${method} ${url}`;
    const path = openApiPath(url);
    const verb = method.toLowerCase();
    expected.add(`${verb} ${path}`);
    const operation = isHttpMethod(verb) ? document.paths[path]?.[verb] : undefined;
    if (!operation) problems.push(`${name} is not in the document`);
    else problems.push(...operationProblems(name, operation));
  }
  for (const [path, item] of Object.entries(document.paths))
    for (const method of HTTP_METHODS)
      if (item[method] && !expected.has(`${method} ${path}`))
        problems.push(
          `${method.toUpperCase()} ${path} is documented but the gateway has no such route`,
        );
  return problems;
}
