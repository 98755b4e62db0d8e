import { isSchemaClass, parseWithSchema } from '@tally/contracts';
import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';

const PLAIN_TYPES = new Set<unknown>([String, Number, Boolean, Object, Array]);

/**
 * Validates every body and query against the zod schema its contract class
 * carries: unknown fields refused, sizes bounded, errors listed per field in
 * the envelope.
 */
@Injectable()
export class InputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const { metatype, type } = metadata;
    if ((type !== 'body' && type !== 'query') || !metatype || PLAIN_TYPES.has(metatype))
      return value;
    if (!isSchemaClass(metatype)) {
      // A route that takes a class without a schema would take its input unchecked.
      throw new Error(`${metatype.name} carries no schema: declare it with schemaClass()`);
    }
    return parseWithSchema(metatype.schema, value ?? {});
  }
}
