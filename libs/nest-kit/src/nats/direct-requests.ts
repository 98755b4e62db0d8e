import type { ArgumentsHost, INestApplicationContext } from '@nestjs/common';
import {
  EXCEPTION_FILTERS_METADATA,
  GUARDS_METADATA,
  INTERCEPTORS_METADATA,
  PIPES_METADATA,
  ROUTE_ARGS_METADATA,
} from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import type { MessageHandler } from '@nestjs/microservices';
import { RpcParamtype } from '@nestjs/microservices/enums/rpc-paramtype.enum.js';
import { catchError, isObservable, type Observable } from 'rxjs';

/** Metadata `@Handles` leaves on a request handler: the subject it answers. */
export const HANDLED_REQUEST_SUBJECT = 'tally:handled-request-subject';

/** What the service's global RPC filter does with a handler's failure. */
export interface RpcFailureFilter {
  catch(exception: unknown, host: ArgumentsHost): Observable<unknown>;
}

type Method = (this: object, ...args: unknown[]) => unknown;

const ENHANCERS = [
  GUARDS_METADATA,
  INTERCEPTORS_METADATA,
  PIPES_METADATA,
  EXCEPTION_FILTERS_METADATA,
];
const PAYLOAD_ONLY = `${RpcParamtype.PAYLOAD}:0`;

interface ParamMetadata {
  index: number;
  data?: unknown;
  pipes?: unknown[];
}

function hasEnhancers(target: object): boolean {
  return ENHANCERS.some((key) => {
    const enhancers: unknown = Reflect.getMetadata(key, target);
    return Array.isArray(enhancers) && enhancers.length > 0;
  });
}

/** No parameters, or `@Payload()` alone: what Nest would pass is the message's data. */
function takesThePayloadOnly(controller: object, methodName: string): boolean {
  const params = Reflect.getMetadata(ROUTE_ARGS_METADATA, controller.constructor, methodName) as
    Record<string, ParamMetadata> | undefined;
  if (!params) return true;
  const keys = Object.keys(params);
  if (keys.length === 0) return true;
  const only = params[PAYLOAD_ONLY];
  return keys.length === 1 && only !== undefined && only.data === undefined && !only.pipes?.length;
}

function directHandler(
  controller: object,
  method: Method,
  filter: RpcFailureFilter,
): MessageHandler {
  const fail = (error: unknown, args: unknown[]) => {
    const host = new ExecutionContextHost(args);
    host.setType('rpc');
    return filter.catch(error, host);
  };
  const handler = (data: unknown, context?: unknown): unknown => {
    const args = [data, context];
    // A stream's failure reaches the filter too (a refusal may come as a failing stream).
    const answered = (result: unknown) =>
      isObservable(result)
        ? result.pipe(catchError((error: unknown) => fail(error, args)))
        : result;
    let result: unknown;
    try {
      result = method.call(controller, data);
    } catch (error) {
      return fail(error, args);
    }
    return result instanceof Promise
      ? result.then(answered, (error: unknown) => fail(error, args))
      : answered(result);
  };
  return Object.assign(handler, { isEventHandler: false, extras: {} }) as MessageHandler;
}

/**
 * The request handlers declared with `@Handles` for which Nest's RPC pipeline
 * has nothing to do: no guard, interceptor, pipe or filter of their own (the
 * service's microservice has none globally but `filter`), and the payload as
 * their only parameter. Each is called straight, and its failure given to
 * `filter` as Nest's pipeline would give it: that pipeline costs every
 * message about a dozen promises (and, on Node 20, an async-hook callback for
 * each) to learn there is nothing to run. Handlers that do need the pipeline,
 * and every event handler, are left to Nest. By subject.
 */
export function directRequestHandlers(
  app: INestApplicationContext,
  filter: RpcFailureFilter,
): Map<string, MessageHandler> {
  const handlers = new Map<string, MessageHandler>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.instance as object | undefined;
      if (!controller || !wrapper.isDependencyTreeStatic() || hasEnhancers(controller.constructor))
        continue;
      const prototype = Object.getPrototypeOf(controller) as object;
      for (const methodName of Object.getOwnPropertyNames(prototype)) {
        const method: unknown = Object.getOwnPropertyDescriptor(prototype, methodName)?.value;
        if (typeof method !== 'function') continue;
        const subject = Reflect.getMetadata(HANDLED_REQUEST_SUBJECT, method) as string | undefined;
        if (!subject || hasEnhancers(method) || !takesThePayloadOnly(controller, methodName))
          continue;
        handlers.set(subject, directHandler(controller, method as Method, filter));
      }
    }
  }
  return handlers;
}
