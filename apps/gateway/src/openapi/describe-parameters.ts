import type { ParameterObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { IdPipe } from '../validation/id.pipe.js';
import type { ApiRouteDoc } from './api-route.decorator.js';
import { queryParameters } from './input-schemas.js';
import type { RouteInputs } from './route-inputs.js';

/** The header every request may carry, under `#/components/parameters`. */
export const REQUEST_ID_PARAMETER: ParameterObject = {
  name: 'X-Request-Id',
  in: 'header',
  required: false,
  description:
    'Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id.',
  schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,128}$' },
};

// What a path parameter's pipe accepts.
const PIPE_SCHEMAS = new Map<unknown, SchemaObject>([[IdPipe, { type: 'string', format: 'uuid' }]]);

function pipeSchema(pipes: unknown[]): SchemaObject | undefined {
  for (const pipe of pipes) {
    const type = typeof pipe === 'function' ? pipe : (pipe as object | null)?.constructor;
    const schema = PIPE_SCHEMAS.get(type);
    if (schema) return schema;
  }
  return undefined;
}

export function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
}

export function parametersOf(
  path: string,
  inputs: RouteInputs,
  doc: ApiRouteDoc | undefined,
): (ParameterObject | ReferenceObject)[] {
  const pathParameters = pathParameterNames(path).map((name): ParameterObject => ({
    name,
    in: 'path',
    required: true,
    ...(doc?.params?.[name] ? { description: doc.params[name] } : {}),
    schema: pipeSchema(inputs.paramPipes.get(name) ?? []) ?? { type: 'string' },
  }));
  return [
    ...pathParameters,
    ...queryParameters(inputs.query ?? doc?.query),
    { $ref: '#/components/parameters/RequestId' },
  ];
}
