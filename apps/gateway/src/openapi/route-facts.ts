import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import type { Reflector } from '@nestjs/core';
import { API_ROUTE_DOC, ApiRouteDoc } from './api-route.decorator.js';
import type { GatewayRoute } from './gateway-routes.js';
import { routeAccess, RouteAccess } from './route-access.js';
import { routeInputs, RouteInputs } from './route-inputs.js';

/** Everything the document says about one operation, gathered from its route. */
export interface RouteFacts {
  path: string;
  method: string;
  doc: ApiRouteDoc | undefined;
  access: RouteAccess;
  inputs: RouteInputs;
  successStatus: number;
}

export function routeFacts(
  route: GatewayRoute,
  path: string,
  method: string,
  reflector: Reflector,
): RouteFacts {
  const doc = reflector.get<ApiRouteDoc | undefined>(API_ROUTE_DOC, route.handler);
  const httpCode = reflector.get<number | undefined>(HTTP_CODE_METADATA, route.handler);
  return {
    path,
    method,
    doc,
    access: routeAccess(reflector, route.controller, route.handler, doc?.security),
    inputs: routeInputs(route),
    // Nest answers POST with 201 and everything else with 200 unless @HttpCode says otherwise.
    successStatus: httpCode ?? (method === 'post' ? 201 : 200),
  };
}
