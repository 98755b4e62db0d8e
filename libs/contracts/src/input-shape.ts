import type { ErrorDetail } from './http/envelope.js';
import { fieldName, type PathSegment } from './validation-messages.js';

const MAX_DEPTH = 16;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// NUL cannot be stored in Postgres text; a lone surrogate is not valid Unicode.
const UNSTORABLE_TEXT =
  // eslint-disable-next-line no-control-regex -- matching NUL is the point
  /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function shapeProblem(value: unknown, path: PathSegment[], depth: number): ErrorDetail | null {
  const field = fieldName(path);
  if (typeof value === 'string') {
    return UNSTORABLE_TEXT.test(value)
      ? { field, reason: `${field} must not contain NUL or unpaired surrogate characters` }
      : null;
  }
  if (typeof value !== 'object' || value === null) return null;
  if (depth > MAX_DEPTH)
    return { field, reason: `${field} is nested more than ${MAX_DEPTH} levels deep` };
  for (const [key, item] of Object.entries(value)) {
    const itemPath = [...path, Array.isArray(value) ? Number(key) : key];
    if (FORBIDDEN_KEYS.has(key))
      return { field: fieldName(itemPath), reason: `${fieldName(itemPath)} is not a known field` };
    const problem = shapeProblem(item, itemPath, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/**
 * Refusals no schema expresses, checked before any: nesting depth, prototype
 * keys, and text Postgres cannot hold.
 */
export function inputShapeProblem(input: unknown): ErrorDetail | null {
  return shapeProblem(input, [], 0);
}
