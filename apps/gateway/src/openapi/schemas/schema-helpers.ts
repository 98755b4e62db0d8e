import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';

export type Schema = SchemaObject | ReferenceObject;

export function isReference(schema: Schema): schema is ReferenceObject {
  return '$ref' in schema;
}

/**
 * An object schema checked against the TypeScript type it describes: a field
 * added to or removed from `T` stops this from compiling, so the two cannot drift.
 */
export function objectSchema<T>(
  properties: { [K in keyof T]-?: Schema },
  options: { description?: string; optional?: (keyof T & string)[] } = {},
): SchemaObject {
  const optional = new Set<string>(options.optional ?? []);
  return {
    type: 'object',
    ...(options.description ? { description: options.description } : {}),
    properties,
    required: Object.keys(properties).filter((name) => !optional.has(name)),
  };
}

/** OpenAPI 3.1 has no `nullable`: null joins the type (and the enum) instead. */
export function nullable(schema: Schema): Schema {
  if (isReference(schema) || typeof schema.type !== 'string')
    return { anyOf: [schema, { type: 'null' }] };
  return {
    ...schema,
    type: [schema.type, 'null'],
    ...(schema.enum ? { enum: [...(schema.enum as unknown[]), null] } : {}),
  };
}

/** Every member of a string union, checked complete by the compiler through the record's keys. */
export function membersOf<T extends string>(members: Record<T, true>): T[] {
  return Object.keys(members) as T[];
}

export function stringEnum(values: readonly string[], description?: string): SchemaObject {
  return { type: 'string', enum: [...values], ...(description ? { description } : {}) };
}

export function arrayOf(items: Schema, description?: string): SchemaObject {
  return { type: 'array', items, ...(description ? { description } : {}) };
}

export function text(description?: string): SchemaObject {
  return { type: 'string', ...(description ? { description } : {}) };
}

export function uuid(description?: string): SchemaObject {
  return { type: 'string', format: 'uuid', ...(description ? { description } : {}) };
}

export function dateTime(description?: string): SchemaObject {
  return { type: 'string', format: 'date-time', ...(description ? { description } : {}) };
}
