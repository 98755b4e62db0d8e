import type { Page } from '@tally/contracts';
import type { SchemaObject } from '@nestjs/swagger';
import { arrayOf, nullable, objectSchema, Schema, text } from './schema-helpers.js';
import { schemaRef } from './schema-ref.js';

export const pageSchema = objectSchema<Page<unknown>>(
  {
    items: arrayOf({}, "This page's items, newest first."),
    nextCursor: nullable(
      text('Send as `?cursor=` for the older items that follow; null at the end.'),
    ),
    prevCursor: nullable(
      text('Send as `?cursor=` for the newer items before this page; null at the start.'),
    ),
    hasMoreAfter: { type: 'boolean', description: 'Whether older items follow this page.' },
    hasMoreBefore: { type: 'boolean', description: 'Whether newer items come before this page.' },
  },
  { description: 'One page of a cursor-paginated list. Cursors are opaque and tamper-checked.' },
);

/** A page of the given items. */
export function pageOf(item: Schema): SchemaObject {
  return { allOf: [schemaRef('Page'), { type: 'object', properties: { items: arrayOf(item) } }] };
}
