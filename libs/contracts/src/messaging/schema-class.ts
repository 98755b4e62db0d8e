import type { z } from 'zod';

/**
 * A schema carried by a class, for the places that find an input's shape
 * through its TypeScript type at run time: the gateway's input pipe reads a
 * route's `@Body()`/`@Query()` class and validates with its schema, and the
 * OpenAPI document is generated from the same schema under the class's name.
 */
export interface SchemaClass<TSchema extends z.ZodType = z.ZodType> {
  new (): z.output<TSchema>;
  readonly schema: TSchema;
}

/** `export class CreateKeyInput extends schemaClass(CreateKeyInputSchema) {}` */
export function schemaClass<TSchema extends z.ZodType>(schema: TSchema): SchemaClass<TSchema> {
  class FromSchema {
    static readonly schema = schema;
  }
  return FromSchema as unknown as SchemaClass<TSchema>;
}

export function isSchemaClass(value: unknown): value is SchemaClass {
  return typeof value === 'function' && 'schema' in value && value.schema !== undefined;
}
