import type { ErrorDetail } from './http/envelope.js';
import { fieldName, type PathSegment } from './validation-messages.js';

const MAX_DEPTH = 16;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// NUL cannot be stored in Postgres text; a lone surrogate is not valid Unicode.
const UNSTORABLE_TEXT =
  // eslint-disable-next-line no-control-regex -- matching NUL is the point
  /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `path` is shared and restored on the way back: names are only built for a problem. */
function shapeProblem(value: unknown, path: PathSegment[], depth: number): ErrorDetail | null {
  if (typeof value === 'string') {
    if (!UNSTORABLE_TEXT.test(value)) return null;
    const field = fieldName(path);
    return { field, reason: `${field} must not contain NUL or unpaired surrogate characters` };
  }
  if (typeof value !== 'object' || value === null) return null;
  if (depth > MAX_DEPTH) {
    const field = fieldName(path);
    return { field, reason: `${field} is nested more than ${MAX_DEPTH} levels deep` };
  }
  const isArray = Array.isArray(value);
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    path.push(isArray ? Number(key) : key);
    const problem = FORBIDDEN_KEYS.has(key)
      ? { field: fieldName(path), reason: `${fieldName(path)} is not a known field` }
      : shapeProblem((value as Record<string, unknown>)[key], path, depth + 1);
    path.pop();
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
