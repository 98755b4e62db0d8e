import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { z } from 'zod';

export type Schema = SchemaObject | ReferenceObject;

const COMPONENT_PREFIX = '#/components/schemas/';
const IN_PLACE_PREFIX = 'InPlace';

type JsonSchema = Record<string, unknown>;

/** Zod bounds every int by the safe integers; the document leaves that to the reader. */
function withoutSafeIntegerBounds(schema: JsonSchema): void {
  if (schema.minimum === Number.MIN_SAFE_INTEGER) delete schema.minimum;
  if (schema.maximum === Number.MAX_SAFE_INTEGER) delete schema.maximum;
}

function withoutDialect(schema: JsonSchema): SchemaObject {
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest as SchemaObject;
}

/**
 * The response schemas of the document, from the contracts' zod schemas: the
 * named ones become components and are referred to wherever they appear; the
 * others (a route's envelope, a page of views) are written in place. Call
 * `use` while describing the operations, then `components()` once: it fills in
 * every schema handed out.
 */
export class SchemaCatalog {
  private readonly registry = z.registry<{ id: string }>();
  private readonly inPlace = new Map<string, SchemaObject>();

  constructor(named: Record<string, z.ZodType>) {
    for (const [name, schema] of Object.entries(named)) this.registry.add(schema, { id: name });
  }

  /** What the document says for this schema: a reference, or a slot filled by `components()`. */
  use(schema: z.ZodType): Schema {
    const known = this.registry.get(schema);
    if (known) return this.inPlace.get(known.id) ?? { $ref: `${COMPONENT_PREFIX}${known.id}` };
    const slot: SchemaObject = {};
    const id = `${IN_PLACE_PREFIX}${this.inPlace.size}`;
    this.registry.add(schema, { id });
    this.inPlace.set(id, slot);
    return slot;
  }

  /** The named schemas, with the in-place ones written into their slots. */
  components(): Record<string, SchemaObject> {
    const { schemas } = z.toJSONSchema(this.registry, {
      target: 'draft-2020-12',
      io: 'output',
      uri: (id) => `${COMPONENT_PREFIX}${id}`,
      override: ({ jsonSchema }) => withoutSafeIntegerBounds(jsonSchema as JsonSchema),
    });
    const written = Object.fromEntries(
      Object.entries(schemas).map(([id, schema]) => [
        id,
        this.withSlots(withoutDialect(schema as JsonSchema)),
      ]),
    );
    for (const [id, slot] of this.inPlace) Object.assign(slot, written[id]);
    return Object.fromEntries(Object.entries(written).filter(([id]) => !this.inPlace.has(id)));
  }

  /** A schema in place of the references to in-place schemas (one used inside another). */
  private withSlots<T>(value: T): T {
    if (Array.isArray(value)) return value.map((item: unknown) => this.withSlots(item)) as T;
    if (typeof value !== 'object' || value === null) return value;
    const ref = (value as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && ref.startsWith(`${COMPONENT_PREFIX}${IN_PLACE_PREFIX}`)) {
      const slot = this.inPlace.get(ref.slice(COMPONENT_PREFIX.length));
      if (slot) return slot as T;
    }
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, this.withSlots(item)]),
    ) as T;
  }
}

/** The JSON Schema of what a client sends (a form body the handler reads itself). */
export function requestSchema(schema: z.ZodType): SchemaObject {
  return withoutDialect(
    z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io: 'input',
      override: ({ jsonSchema }) => withoutSafeIntegerBounds(jsonSchema as JsonSchema),
    }) as JsonSchema,
  );
}
