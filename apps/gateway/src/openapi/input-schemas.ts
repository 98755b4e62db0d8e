import { isSchemaClass } from '@tally/contracts';
import type { ParameterObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { z } from 'zod';
import { annotationsOf } from './input-annotations.js';
import type { InputClass } from './route-inputs.js';

/** The JSON Schema of a contract input class, from the zod schema the gateway validates with. */
export function inputSchema(input: InputClass): SchemaObject {
  if (!isSchemaClass(input)) throw new Error(`${input.name} carries no schema`);
  const generated = schemaFromZod(input.schema);
  const annotations = annotationsOf(input);
  const properties = Object.fromEntries(
    Object.entries(generated.properties ?? {}).map(([name, property]) => [
      name,
      { ...property, ...annotations[name] },
    ]),
  );
  // Inputs are strict objects: an unknown field is a 400, not ignored.
  return { ...generated, type: 'object', properties, additionalProperties: false };
}

/** The JSON Schema (2020-12, as OpenAPI 3.1 takes it) of what a client sends. */
function schemaFromZod(schema: z.ZodType): SchemaObject {
  const { $schema: _dialect, ...generated } = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
  });
  return generated as SchemaObject;
}

/** A query class as one parameter per field. */
export function queryParameters(input: InputClass | undefined): ParameterObject[] {
  if (!input) return [];
  const schema = inputSchema(input);
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: required.has(name),
    ...('description' in property && property.description
      ? { description: property.description }
      : {}),
    schema: property,
  }));
}

export function inputSchemaRef(input: InputClass): ReferenceObject {
  return { $ref: `#/components/schemas/${input.name}` };
}
