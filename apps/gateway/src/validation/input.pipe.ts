import { isSchemaClass, parseWithSchema, validateInput } from '@tally/contracts';
import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';

const PLAIN_TYPES = new Set<unknown>([String, Number, Boolean, Object, Array]);

/**
 * Validates every body and query against its contract: the zod schema a
 * contract class carries, or (until every input has one) its class-validator
 * rules. Unknown fields refused, sizes bounded, errors listed per field in the
 * envelope.
 */
@Injectable()
export class InputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const { metatype, type } = metadata;
    if ((type !== 'body' && type !== 'query') || !metatype || PLAIN_TYPES.has(metatype))
      return value;
    if (isSchemaClass(metatype)) return parseWithSchema(metatype.schema, value ?? {});
    return validateInput(metatype as new () => object, value ?? {});
  }
}
