import { z } from 'zod';
import { JsonText, jsonTextOf } from './messaging/json-text.js';
import { schemaClass } from './messaging/schema-class.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** `?limit=&cursor=` (query values arrive as text), alone or spread into a list's query schema. */
export const PageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
  cursor: z.string().max(512).optional(),
});

/** `?limit=&cursor=` as the gateway receives them. */
export class PageQueryInput extends schemaClass(PageQuerySchema) {}

/** A place in a list ordered newest first: the sort value and id of the row to continue from. */
export const PagePositionSchema = z.object({
  sortValue: z.string(),
  id: z.string(),
  direction: z.enum(['after', 'before']),
});
export type PagePosition = z.output<typeof PagePositionSchema>;

/** What services take: the gateway has already checked and decoded the cursor. */
export const PageRequestSchema = z.object({
  limit: z.int().min(1).max(MAX_PAGE_SIZE),
  position: PagePositionSchema.optional(),
});
export type PageRequest = z.output<typeof PageRequestSchema>;

export interface PageResult<T> {
  items: T[];
  /** Continue after the last item (null at the end). */
  next: PagePosition | null;
  /** Go back before the first item (null at the start). */
  prev: PagePosition | null;
}

/** The schema of a page of `item`s as services answer it. */
export function pageResultOf<TItem extends z.ZodType>(item: TItem) {
  return z.object({
    items: z.array(item),
    next: PagePositionSchema.nullable(),
    prev: PagePositionSchema.nullable(),
  });
}

/**
 * A page whose items the service answers as JSON text (a hot list: the rows'
 * JSON is built by Postgres and reaches the client unparsed on the way).
 */
export interface PreparedPageResult<T> {
  items: JsonText<T[]>;
  next: PagePosition | null;
  prev: PagePosition | null;
}

/** The schema of a page of `item`s answered as JSON text. */
export function preparedPageResultOf<TItem extends z.ZodType>(item: TItem) {
  return z.object({
    items: jsonTextOf(z.array(item)),
    next: PagePositionSchema.nullable(),
    prev: PagePositionSchema.nullable(),
  });
}

/** The public list shape (see design.md): opaque cursors instead of positions. */
export function pageOf<TItem extends z.ZodType>(item: TItem) {
  return z
    .object({
      items: z.array(item).describe("This page's items, newest first."),
      nextCursor: z
        .string()
        .nullable()
        .describe('Send as `?cursor=` for the older items that follow; null at the end.'),
      prevCursor: z
        .string()
        .nullable()
        .describe('Send as `?cursor=` for the newer items before this page; null at the start.'),
      hasMoreAfter: z.boolean().describe('Whether older items follow this page.'),
      hasMoreBefore: z.boolean().describe('Whether newer items come before this page.'),
    })
    .describe('One page of a cursor-paginated list. Cursors are opaque and tamper-checked.');
}

/** A page of `T`s: what `pageOf`'s schema describes, for code generic in the item. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  prevCursor: string | null;
  hasMoreAfter: boolean;
  hasMoreBefore: boolean;
}

/** A public page whose items are still JSON text, spliced into the response as they are. */
export interface PreparedPage<T> {
  items: JsonText<T[]>;
  nextCursor: string | null;
  prevCursor: string | null;
  hasMoreAfter: boolean;
  hasMoreBefore: boolean;
}
