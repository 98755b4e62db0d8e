export { COMPONENT_SCHEMAS, type ComponentSchemaName } from './component-schemas.js';
export { enveloped, errorEnvelopeWith } from './envelope.schemas.js';
export { pageOf } from './page.schemas.js';
export { arrayOf, type Schema } from './schema-helpers.js';
export { schemaRef } from './schema-ref.js';
