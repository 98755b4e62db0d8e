import type { ReferenceObject } from '@nestjs/swagger';
import type { ComponentSchemaName } from './component-schemas.js';

export function schemaRef(name: ComponentSchemaName): ReferenceObject {
  return { $ref: `#/components/schemas/${name}` };
}
