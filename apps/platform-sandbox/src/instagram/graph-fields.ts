import { invalidParameter, type GraphError } from './graph-errors.js';

export type GraphFields = { ok: true; fields: string[] } | { ok: false; error: GraphError };

/**
 * The `fields` parameter of a Graph call; `id` when absent. A field the node
 * does not have is `(#100) Tried accessing nonexisting field`.
 */
export function graphFields(
  raw: string | undefined,
  known: readonly string[],
  nodeType: string,
): GraphFields {
  const fields = [
    ...new Set(
      (raw ?? 'id')
        .split(',')
        .map((field) => field.trim())
        .filter((field) => field !== ''),
    ),
  ];
  const unknown = fields.find((field) => !known.includes(field));
  if (unknown !== undefined) {
    return {
      ok: false,
      error: invalidParameter(
        `(#100) Tried accessing nonexisting field (${unknown}) on node type (${nodeType})`,
      ),
    };
  }
  return { ok: true, fields };
}

/**
 * The asked fields that have a value, in the order asked; Graph always adds
 * the node's `id`. Fields without a value (like_count when likes are hidden)
 * are left out rather than null.
 */
export function graphNode(values: Record<string, unknown>, fields: readonly string[]) {
  const node: Record<string, unknown> = {};
  for (const field of fields) {
    if (values[field] !== undefined) node[field] = values[field];
  }
  return { ...node, id: values.id };
}
