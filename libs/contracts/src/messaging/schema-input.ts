import type { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import { isErrorCode } from '../errors/error-codes.js';
import { inputShapeProblem } from '../input-shape.js';
import {
  describeFailure,
  type FieldProblem,
  type FieldRule,
  type PathSegment,
} from '../validation-messages.js';

type Issue = z.core.$ZodIssue;

const TYPE_RULES: Record<string, string> = {
  string: 'isString',
  number: 'isNumber',
  int: 'isInt',
  boolean: 'isBoolean',
  array: 'isArray',
  object: 'isObject',
};

const FORMAT_RULES: Record<string, string> = {
  email: 'isEmail',
  url: 'isUrl',
  uuid: 'isUuid',
  guid: 'isUuid',
  datetime: 'isIso8601',
  date: 'isIso8601',
  regex: 'matches',
};

const SIZE_RULES: Record<string, [min: string, max: string]> = {
  string: ['minLength', 'maxLength'],
  array: ['arrayMinSize', 'arrayMaxSize'],
  number: ['min', 'max'],
  int: ['min', 'max'],
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function toSegments(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
}

/** A schema author's own wording names the field first (`allowedOrigins must be ...`). */
function ownMessage(issue: Issue): string | undefined {
  const property = [...issue.path].reverse().find((segment) => typeof segment === 'string');
  return typeof property === 'string' && issue.message.startsWith(`${property} `)
    ? issue.message
    : undefined;
}

function ruleOf(issue: Issue): FieldRule {
  const rule = { each: false, failed: true, message: ownMessage(issue) };
  switch (issue.code) {
    case 'invalid_type':
      return { ...rule, name: TYPE_RULES[issue.expected] ?? 'isDefined', args: [] };
    case 'invalid_value':
      return { ...rule, name: 'isIn', args: [issue.values] };
    case 'invalid_format':
      return { ...rule, name: FORMAT_RULES[issue.format] ?? 'matches', args: [] };
    case 'too_small': {
      const [name] = SIZE_RULES[issue.origin] ?? ['min'];
      return { ...rule, name, args: [Number(issue.minimum)] };
    }
    case 'too_big': {
      const [, name] = SIZE_RULES[issue.origin] ?? ['', 'max'];
      return { ...rule, name, args: [Number(issue.maximum)] };
    }
    case 'custom': {
      const code: unknown = issue.params?.code;
      return isErrorCode(code)
        ? { ...rule, name: 'custom', args: [], code, message: issue.message }
        : { ...rule, name: 'custom', args: [], message: ownMessage(issue) ?? issue.message };
    }
    default:
      return { ...rule, name: 'invalid', args: [] };
  }
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  checks?: {
    _zod: { def: { check: string; minimum?: number; maximum?: number; value?: unknown } };
  }[];
}

const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'catch',
  'nonoptional',
]);

function defOf(schema: z.ZodType): SchemaDef {
  return schema._zod.def as unknown as SchemaDef;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let def = defOf(current); ; def = defOf(current)) {
    const inner = WRAPPERS.has(def.type) ? def.innerType : def.type === 'pipe' ? def.in : undefined;
    if (!inner) return current;
    current = inner;
  }
}

/** The schema a path leads to, or undefined where it leaves the schema. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    if (!current) return undefined;
    const def = defOf(current);
    const next: z.ZodType | undefined =
      def.type === 'object'
        ? def.shape?.[String(segment)]
        : def.type === 'array'
          ? def.element
          : undefined;
    current = next ? unwrap(next) : undefined;
  }
  return current;
}

/**
 * Both bounds a field declares, so that a refusal says the whole range
 * ("1 to 20 roles") and not only the bound that was crossed.
 */
function declaredBounds(schema: z.ZodType, path: readonly PropertyKey[]): FieldRule[] {
  const field = schemaAt(schema, path);
  if (!field) return [];
  const def = defOf(field);
  const [minName, maxName] = SIZE_RULES[def.type] ?? SIZE_RULES.number;
  const bound = (name: string, value: unknown): FieldRule[] =>
    typeof value === 'number' ? [{ name, args: [value], each: false, failed: false }] : [];
  return (def.checks ?? []).flatMap(({ _zod: { def: check } }) => {
    switch (check.check) {
      case 'min_length':
        return bound(minName, check.minimum);
      case 'max_length':
        return bound(maxName, check.maximum);
      case 'greater_than':
        return bound('min', check.value);
      case 'less_than':
        return bound('max', check.value);
      default:
        return [];
    }
  });
}

/** The issues gathered per field, in the order the schema met them. */
function problemsOf(issues: readonly Issue[], input: unknown, schema: z.ZodType): FieldProblem[] {
  const byField = new Map<string, FieldProblem & { rules: FieldRule[] }>();
  const add = (path: readonly PropertyKey[], rule: FieldRule) => {
    const key = JSON.stringify(toSegments(path));
    const problem = byField.get(key) ?? {
      path: toSegments(path),
      value: valueAt(input, path),
      rules: [],
    };
    problem.rules.push(rule);
    byField.set(key, problem);
  };
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        add([...issue.path, key], {
          name: 'whitelistValidation',
          args: [],
          each: false,
          failed: true,
        });
      }
    } else {
      add(issue.path, ruleOf(issue));
      for (const rule of declaredBounds(schema, issue.path)) add(issue.path, rule);
    }
  }
  return [...byField.values()];
}

/**
 * Untrusted input checked against a schema: its parsed value, or an AppError
 * with one plain-English detail per field (`validation_failed`, or the code a
 * rule refuses with, such as `platform_not_supported`), worded as every other
 * refusal of the API.
 */
export function parseWithSchema<TSchema extends z.ZodType>(
  schema: TSchema,
  input: unknown,
): z.output<TSchema> {
  const shape = inputShapeProblem(input);
  if (shape)
    throw new AppError('validation_failed', `The request is invalid: ${shape.field}.`, [shape]);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const notAnObject = result.error.issues.some(
    (issue) =>
      issue.path.length === 0 && issue.code === 'invalid_type' && issue.expected === 'object',
  );
  if (notAnObject)
    throw new AppError('validation_failed', 'The request body must be a JSON object.');
  const { code, message, details } = describeFailure(
    problemsOf(result.error.issues, input, schema),
  );
  throw new AppError(code, message, details);
}
