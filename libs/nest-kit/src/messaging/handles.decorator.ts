import { parseWithSchema, type EventDeclaration, type RequestDeclaration } from '@tally/contracts';
import { EventPattern, MessagePattern } from '@nestjs/microservices';
import { HANDLED_REQUEST_SUBJECT } from '../nats/direct-requests.js';

type Declaration = RequestDeclaration | EventDeclaration;

function schemaOf(declaration: Declaration) {
  return declaration.kind === 'request' ? declaration.request : declaration.payload;
}

/**
 * Subscribes the method to a declared message (request-reply or event) and
 * validates the payload with the declaration's schema before the method runs:
 * the method receives the parsed value (its first argument), and bad input is
 * refused as `validation_failed` in the usual error envelope.
 */
export function Handles(declaration: Declaration): MethodDecorator {
  const schema = schemaOf(declaration);
  return (target, propertyKey, descriptor: PropertyDescriptor) => {
    const handler = descriptor.value as (payload: unknown, ...rest: unknown[]) => unknown;
    // A plain function (not async), so that a refusal reaches Nest's filter the
    // same way a handler's own thrown AppError does.
    const validated = function (this: unknown, payload: unknown, ...rest: unknown[]): unknown {
      return handler.call(this, parseWithSchema(schema, payload), ...rest);
    };
    Object.defineProperty(validated, 'name', { value: handler.name });
    // What the decorators below this one left on the method (guards, pipes, …) stays on it.
    for (const key of Reflect.getOwnMetadataKeys(handler) as unknown[]) {
      Reflect.defineMetadata(key, Reflect.getOwnMetadata(key, handler), validated);
    }
    descriptor.value = validated;
    if (declaration.kind === 'request') {
      Reflect.defineMetadata(HANDLED_REQUEST_SUBJECT, declaration.subject, validated);
    }
    const subscribe =
      declaration.kind === 'request'
        ? MessagePattern(declaration.subject)
        : EventPattern(declaration.subject);
    subscribe(target, propertyKey, descriptor);
    return descriptor;
  };
}
