import { SuccessEnvelope } from '@tally/contracts';
import { PATH_METADATA } from '@nestjs/common/constants.js';
import { isObservable, map } from 'rxjs';

type RouteHandler = (this: unknown, ...args: unknown[]) => unknown;

const ENVELOPED = Symbol('tally.enveloped');

function successEnvelope<T>(data: T): SuccessEnvelope<T> {
  return { success: true, data };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as PromiseLike<unknown>).then === 'function'
  );
}

/**
 * The handler, answering `{ success, data }` around what it returns (its
 * errors still reach the error filter as they are), with the route metadata
 * the decorators left on it: Nest reads a route's path, method, guards'
 * requirements and OpenAPI description from the handler function itself.
 */
function enveloped(handler: RouteHandler): RouteHandler {
  if (ENVELOPED in handler) return handler;
  const wrapped: RouteHandler = function (this: unknown, ...args: unknown[]): unknown {
    const result = handler.apply(this, args);
    if (isThenable(result)) return result.then(successEnvelope);
    if (isObservable(result)) return result.pipe(map(successEnvelope));
    return successEnvelope(result);
  };
  for (const key of Reflect.getOwnMetadataKeys(handler) as unknown[]) {
    Reflect.defineMetadata(key, Reflect.getOwnMetadata(key, handler), wrapped);
  }
  Object.defineProperty(wrapped, 'name', { value: handler.name });
  Object.defineProperty(wrapped, ENVELOPED, { value: true });
  return wrapped;
}

/**
 * Marks a controller, or one route, as part of the public API: its results go
 * out as `{ success, data }`. The handlers are wrapped where they are declared
 * rather than through an interceptor, which would cost every request a
 * pipeline of observables (a ReplaySubject, defer, mergeAll, lastValueFrom)
 * for one property.
 */
export function PublicApi(): ClassDecorator & MethodDecorator {
  return <Y>(target: object, _key?: string | symbol, descriptor?: TypedPropertyDescriptor<Y>) => {
    if (descriptor) {
      descriptor.value = enveloped(descriptor.value as RouteHandler) as Y;
      return;
    }
    // A class decorator runs after its methods' decorators: every route is declared by now.
    const prototype = (target as { prototype: object }).prototype;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const property = Object.getOwnPropertyDescriptor(prototype, name);
      const method: unknown = property?.value;
      if (name === 'constructor' || typeof method !== 'function') continue;
      if (!Reflect.hasOwnMetadata(PATH_METADATA, method)) continue;
      Object.defineProperty(prototype, name, {
        ...property,
        value: enveloped(method as RouteHandler),
      });
    }
  };
}
