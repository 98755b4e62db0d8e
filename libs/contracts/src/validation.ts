import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { AppError, ErrorDetail } from './errors/app-error.js';

type Constructor<T> = new () => T;

function flatten(errors: ValidationError[], parent = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

const MAX_DEPTH = 16;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// NUL cannot be stored in Postgres text; a lone surrogate is not valid Unicode.
const UNSTORABLE_TEXT =
  // eslint-disable-next-line no-control-regex -- matching NUL is the point
  /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Refusals no DTO can express: nesting depth, prototype keys, text Postgres cannot hold. */
function shapeProblem(value: unknown, path: string, depth: number): ErrorDetail | null {
  if (typeof value === 'string') {
    return UNSTORABLE_TEXT.test(value)
      ? { field: path || '(body)', reason: 'must not contain NUL or unpaired surrogate characters' }
      : null;
  }
  if (typeof value !== 'object' || value === null) return null;
  if (depth > MAX_DEPTH)
    return { field: path || '(body)', reason: `is nested more than ${MAX_DEPTH} levels deep` };
  for (const [key, item] of Object.entries(value)) {
    const field = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return { field, reason: `property ${key} should not exist` };
    const problem = shapeProblem(item, field, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/**
 * Turns untrusted input into a validated instance of `type`, or throws a
 * `validation_failed` AppError listing every field at fault. Unknown fields
 * are refused, so that a typo is reported instead of silently ignored.
 */
export function validateInput<T extends object>(type: Constructor<T>, input: unknown): T {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new AppError('validation_failed', 'The request body must be a JSON object.');
  }
  const problem = shapeProblem(input, '', 0);
  if (problem)
    throw new AppError('validation_failed', `The request is invalid: ${problem.field}.`, [problem]);
  const instance = plainToInstance(type, input, { enableImplicitConversion: false });
  const errors = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
  });
  if (errors.length > 0) {
    const details = flatten(errors);
    throw new AppError(
      'validation_failed',
      `The request is invalid: ${details.map((d) => d.field).join(', ')}.`,
      details,
    );
  }
  return instance;
}
