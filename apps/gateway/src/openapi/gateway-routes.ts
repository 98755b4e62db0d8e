import type { INestApplication, Type } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { operationIdFor } from './operation-id.js';

export type RouteHandler = (...args: never[]) => unknown;

/** One route handler of a controller, found the way Nest's router finds it. */
export interface GatewayRoute {
  controller: Type;
  methodName: string;
  handler: RouteHandler;
  operationId: string;
}

export function gatewayRoutes(app: INestApplication): GatewayRoute[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  return discovery.getControllers().flatMap((wrapper) => {
    const controller = wrapper.metatype as Type | null;
    if (!controller) return [];
    const prototype = controller.prototype as Record<string, unknown>;
    return scanner.getAllMethodNames(prototype).flatMap((methodName) => {
      const handler = prototype[methodName];
      if (
        typeof handler !== 'function' ||
        Reflect.getMetadata(METHOD_METADATA, handler) === undefined
      )
        return [];
      return [
        {
          controller,
          methodName,
          handler: handler as RouteHandler,
          operationId: operationIdFor(controller.name, methodName),
        },
      ];
    });
  });
}
