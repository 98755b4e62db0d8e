import { parseWithSchema, type EventDeclaration, type RequestDeclaration } from '@tally/contracts';
import { EventPattern, MessagePattern } from '@nestjs/microservices';

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
    descriptor.value = validated;
    const subscribe =
      declaration.kind === 'request'
        ? MessagePattern(declaration.subject)
        : EventPattern(declaration.subject);
    subscribe(target, propertyKey, descriptor);
    return descriptor;
  };
}
