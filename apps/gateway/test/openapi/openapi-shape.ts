import { HTTP_METHODS } from '../../src/openapi/build-openapi-document.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolvePointer(document: Json, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, part) => (isObject(node) ? node[part] : undefined), document);
}

function resolved(document: Json, node: unknown): unknown {
  return isObject(node) && typeof node.$ref === 'string'
    ? resolvePointer(document, node.$ref)
    : node;
}

/** Every `$ref` in the document, and whether OpenAPI 3.0-only keywords slipped into schemas. */
function walkProblems(document: Json): string[] {
  const problems: string[] = [];
  const visit = (node: unknown, at: string, parentKey: string): void => {
    if (Array.isArray(node))
      return node.forEach((item, index) => visit(item, `${at}/${index}`, ''));
    if (!isObject(node)) return;
    if (typeof node.$ref === 'string' && resolvePointer(document, node.$ref) === undefined)
      problems.push(`${at}: $ref ${node.$ref} does not resolve`);
    // Inside `properties` the keys are field names, not keywords.
    if (parentKey !== 'properties') {
      if ('nullable' in node) problems.push(`${at}: "nullable" is not OpenAPI 3.1; use type null`);
      for (const keyword of ['exclusiveMinimum', 'exclusiveMaximum'])
        if (typeof node[keyword] === 'boolean')
          problems.push(`${at}: ${keyword} must be a number in OpenAPI 3.1`);
    }
    for (const [key, value] of Object.entries(node)) visit(value, `${at}/${key}`, key);
  };
  visit(document, '#', '');
  return problems;
}

function operationProblems(
  document: Json,
  path: string,
  method: string,
  operation: Json,
): string[] {
  const name = `${method.toUpperCase()} ${path}`;
  const problems: string[] = [];
  const responses = operation.responses;
  if (!isObject(responses) || Object.keys(responses).length === 0)
    return [`${name} has no responses`];
  for (const [status, response] of Object.entries(responses)) {
    const target = resolved(document, response);
    if (!isObject(target) || typeof target.description !== 'string')
      problems.push(`${name} ${status}: a response needs a description`);
  }
  const parameters = (Array.isArray(operation.parameters) ? operation.parameters : []).map(
    (parameter) => resolved(document, parameter),
  );
  const pathParameters = parameters.filter(
    (parameter): parameter is Json => isObject(parameter) && parameter.in === 'path',
  );
  const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
  for (const variable of templated) {
    const parameter = pathParameters.find((candidate) => candidate.name === variable);
    if (!parameter || parameter.required !== true)
      problems.push(`${name}: path parameter ${variable} must be declared and required`);
  }
  for (const parameter of pathParameters)
    if (!templated.includes(String(parameter.name)))
      problems.push(`${name}: path parameter ${String(parameter.name)} is not in the path`);
  const schemes = (document.components as Json | undefined)?.securitySchemes;
  for (const requirement of Array.isArray(operation.security) ? operation.security : [])
    for (const scheme of Object.keys(isObject(requirement) ? requirement : {}))
      if (!isObject(schemes) || !(scheme in schemes))
        problems.push(`${name}: security scheme ${scheme} is not defined`);
  return problems;
}

/** What makes a document not an OpenAPI 3.1 one, as far as a structural check can tell. */
export function openApiShapeProblems(document: unknown): string[] {
  if (!isObject(document)) return ['the document is not an object'];
  const problems: string[] = [];
  if (document.openapi !== '3.1.0')
    problems.push(`openapi is ${String(document.openapi)}, not 3.1.0`);
  const info = document.info;
  if (!isObject(info) || typeof info.title !== 'string' || typeof info.version !== 'string')
    problems.push('info needs a title and a version');
  if (!isObject(document.paths)) return [...problems, 'the document has no paths'];
  const operationIds = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    if (!path.startsWith('/')) problems.push(`path ${path} must start with /`);
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const id = operation.operationId;
      if (typeof id === 'string' && operationIds.has(id))
        problems.push(`operationId ${id} is used twice`);
      if (typeof id === 'string') operationIds.add(id);
      problems.push(...operationProblems(document, path, method, operation));
    }
  }
  return [...problems, ...walkProblems(document)];
}
