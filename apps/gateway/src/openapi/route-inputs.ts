import type { Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import type { GatewayRoute } from './gateway-routes.js';

/** A contract class that the InputPipe validates a body or a query against. */
export type InputClass = Type<object>;

export interface RouteInputs {
  body?: InputClass;
  query?: InputClass;
  /** The pipes of each `@Param(name, …pipes)`, by name. */
  paramPipes: Map<string, unknown[]>;
}

interface RouteArgument {
  index: number;
  data?: unknown;
  pipes?: unknown[];
}

// The same exclusions as the InputPipe: these are not contract classes.
const PLAIN_TYPES = new Set<unknown>([String, Number, Boolean, Object, Array]);

/** What a handler takes from the request, read from the metadata Nest routes it by. */
export function routeInputs(route: GatewayRoute): RouteInputs {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, route.controller, route.methodName) ??
    {}) as Record<string, RouteArgument>;
  const types = (Reflect.getMetadata(
    'design:paramtypes',
    route.controller.prototype as object,
    route.methodName,
  ) ?? []) as unknown[];
  const inputs: RouteInputs = { paramPipes: new Map() };
  for (const [key, argument] of Object.entries(args)) {
    // Keys are `<paramtype>:<index>`; custom decorators (@CurrentPrincipal) use other keys.
    const paramtype = Number(key.split(':')[0]);
    const type = types[argument.index];
    const inputClass =
      argument.data === undefined && typeof type === 'function' && !PLAIN_TYPES.has(type)
        ? (type as InputClass)
        : undefined;
    if (paramtype === RouteParamtypes.BODY && inputClass) inputs.body = inputClass;
    if (paramtype === RouteParamtypes.QUERY && inputClass) inputs.query = inputClass;
    if (paramtype === RouteParamtypes.PARAM && typeof argument.data === 'string')
      inputs.paramPipes.set(argument.data, argument.pipes ?? []);
  }
  return inputs;
}
