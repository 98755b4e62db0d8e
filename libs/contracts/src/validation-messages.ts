import type { ErrorDetail } from './http/envelope.js';
import type { ErrorCode } from './errors/error-codes.js';

// Turns the rules a value broke into one plain-English reason per field. It
// knows rule names and their arguments, not the library that checked them, so
// that any validator can feed it (schema-input.ts maps zod's issues to rules).

export type PathSegment = string | number;

/** One rule declared on a field, and whether the value broke it. */
export interface FieldRule {
  /** The rule's name: `isIn`, `arrayMinSize`, `isString`... */
  name: string;
  /** Its arguments: the allowed values of `isIn`, the bound of `min`... */
  args: readonly unknown[];
  /** The rule applies to each element of an array rather than to the array. */
  each: boolean;
  failed: boolean;
  /** The declaration's own wording, preferred to the generic one. */
  message?: string;
  /** For a failed `each` rule: the positions of the elements that broke it, when known. */
  badElements?: readonly number[];
  /** Refuses with this code instead of `validation_failed`; its `message` is the whole reason. */
  code?: ErrorCode;
}

/** A field (or an element, or the body itself) with the rules declared on it. */
export interface FieldProblem {
  path: readonly PathSegment[];
  /** Undefined when the field is missing. */
  value: unknown;
  rules: readonly FieldRule[];
}

export interface DescribedFailure {
  code: ErrorCode;
  message: string;
  details: ErrorDetail[];
}

interface Reason {
  field: string;
  reason: string;
  code?: ErrorCode;
}

/** `resources[2].platform`; the body itself is `(body)`. */
export function fieldName(path: readonly PathSegment[]): string {
  const name = path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
  return name || '(body)';
}

export function pluralOf(noun: string): string {
  if (/(s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** `1 role`, `20 roles`. */
export function countOf(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : pluralOf(noun)}`;
}

/** What one element of a list field is called: `roles` holds roles, `allowedOrigins` origins. */
export function elementNoun(path: readonly PathSegment[]): string {
  const property = [...path].reverse().find((segment) => typeof segment === 'string');
  const lastWord =
    (property ?? '')
      .split(/(?=[A-Z])/)
      .pop()
      ?.toLowerCase() ?? '';
  if (/ies$/.test(lastWord)) return `${lastWord.slice(0, -3)}y`;
  if (lastWord.length > 3 && /[^su]s$/.test(lastWord) && !/is$/.test(lastWord))
    return lastWord.slice(0, -1);
  return 'item';
}

function allowedValues(rule: FieldRule): string {
  const [first] = rule.args;
  // An enum object maps names to values; a numeric enum also maps its values back to names.
  const values: unknown[] = Array.isArray(first)
    ? first
    : typeof first === 'object' && first !== null
      ? Object.entries(first)
          .filter(([key]) => Number.isNaN(Number(key)))
          .map(([, value]) => value as unknown)
      : [];
  return values.map(String).join(', ');
}

function numberArg(rule: FieldRule | undefined, index = 0): number | undefined {
  const value = rule?.args[index];
  return typeof value === 'number' ? value : undefined;
}

type Bounds = { min?: number; max?: number };

function findRule(rules: readonly FieldRule[], name: string): FieldRule | undefined {
  return rules.find((rule) => rule.name === name);
}

function lengthBounds(rules: readonly FieldRule[]): Bounds {
  const length = findRule(rules, 'isLength');
  return {
    min: numberArg(findRule(rules, 'minLength')) ?? numberArg(length, 0),
    max: numberArg(findRule(rules, 'maxLength')) ?? numberArg(length, 1),
  };
}

function sizeBounds(rules: readonly FieldRule[]): Bounds {
  return {
    min: numberArg(findRule(rules, 'arrayMinSize')),
    max: numberArg(findRule(rules, 'arrayMaxSize')),
  };
}

function valueBounds(rules: readonly FieldRule[]): Bounds {
  return { min: numberArg(findRule(rules, 'min')), max: numberArg(findRule(rules, 'max')) };
}

/** `1 to 20 roles`, `at least 1 role`, `at most 64 characters`. */
function counted({ min, max }: Bounds, noun: string): string {
  if (min !== undefined && max !== undefined)
    return min === max ? `exactly ${countOf(max, noun)}` : `${min} to ${countOf(max, noun)}`;
  if (min !== undefined) return `at least ${countOf(min, noun)}`;
  return `at most ${countOf(max ?? 0, noun)}`;
}

function ranged({ min, max }: Bounds): string {
  if (min !== undefined && max !== undefined) return `from ${min} to ${max}`;
  if (min !== undefined) return `at least ${min}`;
  return `at most ${max ?? 0}`;
}

const hasBounds = ({ min, max }: Bounds) => min !== undefined || max !== undefined;

/** Rules about what kind of value it is: when one fails, the others say nothing useful. */
const KIND_RULES = [
  'isArray',
  'isObject',
  'nestedValidation',
  'unknownValue',
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
] as const;

function kindPredicate(rule: FieldRule, declared: readonly FieldRule[], noun: string): string {
  switch (rule.name) {
    case 'isArray': {
      const size = sizeBounds(declared);
      return hasBounds(size) ? `must be an array of ${counted(size, noun)}` : 'must be an array';
    }
    case 'isString':
      return 'must be a string';
    case 'isInt':
    case 'isNumber': {
      const kind = rule.name === 'isInt' ? 'a whole number' : 'a number';
      const bounds = valueBounds(declared);
      return hasBounds(bounds) ? `must be ${kind} ${ranged(bounds)}` : `must be ${kind}`;
    }
    case 'isBoolean':
      return 'must be true or false';
    default:
      return 'must be an object';
  }
}

const FIXED_PREDICATES: Record<string, string> = {
  isDefined: 'is required',
  isNotEmpty: 'must not be empty',
  arrayNotEmpty: 'must not be empty',
  arrayUnique: 'must not repeat a value',
  isEmail: 'must be an email address',
  isUrl: 'must be a URL',
  isUuid: 'must be a UUID',
  isIso8601: 'must be an ISO 8601 date or date-time',
  isDateString: 'must be an ISO 8601 date or date-time',
  isPositive: 'must be a positive number',
  matches: 'is not in the expected format',
  whitelistValidation: 'is not a known field',
};

function genericPredicate(rule: FieldRule, declared: readonly FieldRule[], noun: string): string {
  switch (rule.name) {
    case 'isIn':
    case 'isEnum':
      return `must be one of: ${allowedValues(rule)}`;
    case 'isLength':
    case 'minLength':
    case 'maxLength':
      return `must be ${counted(lengthBounds(declared), 'character')} long`;
    case 'arrayMinSize':
    case 'arrayMaxSize':
      return `must contain ${counted(sizeBounds(declared), noun)}`;
    case 'min':
    case 'max':
      return `must be ${ranged(valueBounds(declared))}`;
    default:
      return FIXED_PREDICATES[rule.name] ?? 'is not valid';
  }
}

/**
 * A rule's wording after its subject. A declaration's own message names its
 * property first (`type must be one of: ...`): that name is dropped, since the
 * subject may be an element (`roles[2]`) or a nested field.
 */
function predicate(
  rule: FieldRule,
  declared: readonly FieldRule[],
  property: string,
  noun: string,
): string {
  if (rule.message === undefined) return genericPredicate(rule, declared, noun);
  const prefix = `${property} `;
  return rule.message.startsWith(prefix)
    ? rule.message.slice(prefix.length)
    : `is not valid: ${rule.message}`;
}

const LENGTH_RULES = new Set(['isLength', 'minLength', 'maxLength']);
const isList = (rule: FieldRule) => rule.name === 'isIn' || rule.name === 'isEnum';

/** What the broken rules say of a value: its kind when that is wrong, else each broken rule. */
function predicatesFor(
  broken: readonly FieldRule[],
  declared: readonly FieldRule[],
  value: unknown,
  property: string,
  noun: string,
): string[] {
  const kind = KIND_RULES.map((name) => findRule(broken, name)).find((rule) => rule);
  if (kind) return [kindPredicate(kind, declared, noun)];
  // A length says nothing of a value that is not text: its other rules, or its kind, do.
  const rules = broken.filter(
    (rule) =>
      rule.code === undefined && (typeof value === 'string' || !LENGTH_RULES.has(rule.name)),
  );
  if (rules.length === 0) return ['must be a string'];
  return rules.map((rule) => predicate(rule, declared, property, noun));
}

function sentence(subject: string, predicates: readonly string[]): string {
  return `${subject} ${[...new Set(predicates)].join(' and ')}`;
}

function sharedCode(rules: readonly FieldRule[]): ErrorCode | undefined {
  const [first] = rules;
  return first?.code !== undefined && rules.every((rule) => rule.code === first.code)
    ? first.code
    : undefined;
}

function describeElements(
  problem: FieldProblem,
  field: string,
  property: string,
  noun: string,
): Reason[] {
  const eachRules = problem.rules.filter((rule) => rule.each);
  const broken = eachRules.filter((rule) => rule.failed);
  if (broken.length === 0) return [];
  const elements: unknown[] | null = Array.isArray(problem.value) ? problem.value : null;
  const reasonFor = (rules: readonly FieldRule[], element: unknown) =>
    predicatesFor(rules, eachRules, element, property, noun);
  if (!elements || broken.some((rule) => rule.badElements === undefined)) {
    // Which elements are at fault is unknown: say what each must be.
    return [{ field, reason: sentence(`every ${noun} in ${field}`, reasonFor(broken, '')) }];
  }
  const byElement = new Map<number, FieldRule[]>();
  for (const rule of broken) {
    for (const index of rule.badElements ?? []) {
      byElement.set(index, [...(byElement.get(index) ?? []), rule]);
    }
  }
  const kinds = new Set([...byElement.values()].map((rules) => rules.map((r) => r.name).join()));
  if (elements.length > 1 && byElement.size === elements.length && kinds.size === 1) {
    const [rules] = byElement.values();
    const reason = sentence(`every ${noun} in ${field}`, reasonFor(rules ?? [], elements[0]));
    return [{ field, reason }];
  }
  return [...byElement.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, rules]) => {
      const element = `${field}[${index}]`;
      return { field: element, reason: sentence(element, reasonFor(rules, elements[index])) };
    });
}

/** One reason per field: the most basic problem first, every broken bound in one phrase. */
export function describeProblem(problem: FieldProblem): Reason[] {
  const field = fieldName(problem.path);
  const property = String(
    [...problem.path].reverse().find((segment) => typeof segment === 'string') ?? field,
  );
  const noun = elementNoun(problem.path);
  const whole = problem.rules.filter((rule) => !rule.each);
  const broken = whole.filter((rule) => rule.failed);
  if (broken.some((rule) => rule.name === 'whitelistValidation')) {
    return [{ field, reason: `${field} is not a known field` }];
  }
  if (problem.value === undefined && problem.rules.some((rule) => rule.failed)) {
    const list = whole.find(isList);
    const eachList = problem.rules.find((rule) => rule.each && isList(rule));
    const reason = list
      ? `${field} is required and must be one of: ${allowedValues(list)}`
      : eachList
        ? `${field} is required; each ${noun} must be one of: ${allowedValues(eachList)}`
        : `${field} is required`;
    return [{ field, reason }];
  }
  if (broken.length > 0) {
    const code = sharedCode(broken);
    if (code !== undefined) {
      const reason = broken.map((rule) => rule.message ?? `${field} is not supported`).join(' ');
      return [{ field, reason, code }];
    }
    const predicates = predicatesFor(broken, whole, problem.value, property, noun);
    return [{ field, reason: sentence(field, predicates) }];
  }
  return describeElements(problem, field, property, noun);
}

/**
 * The refusal for a set of field problems: `validation_failed` listing each
 * field once, unless every problem is a refusal of its own (such as
 * `platform_not_supported`), whose code and words then win.
 */
export function describeFailure(problems: readonly FieldProblem[]): DescribedFailure {
  const reasons = problems.flatMap(describeProblem);
  const details = reasons.map(({ field, reason }) => ({ field, reason }));
  const code = reasons[0]?.code;
  if (code !== undefined && reasons.every((reason) => reason.code === code)) {
    return { code, message: [...new Set(reasons.map((r) => r.reason))].join(' '), details };
  }
  const fields = [...new Set(reasons.map((reason) => reason.field))];
  return {
    code: 'validation_failed',
    message: `The request is invalid: ${fields.join(', ')}.`,
    details,
  };
}
