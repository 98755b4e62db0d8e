import { plainToInstance } from 'class-transformer';
import {
  getMetadataStorage,
  validateSync,
  type MetadataStorage,
  type ValidationError,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { AppError } from './errors/app-error.js';
import { isErrorCode } from './errors/error-codes.js';
import { inputShapeProblem } from './input-shape.js';
import {
  describeFailure,
  type FieldProblem,
  type FieldRule,
  type PathSegment,
} from './validation-messages.js';

type Constructor<T> = new () => T;
type ValidationMetadata = ReturnType<MetadataStorage['getTargetValidationMetadatas']>[number];

/** Rules that only switch validation on or off, or only recurse: they never describe a value. */
const NOT_RULES = new Set(['conditionalValidation', 'nestedValidation', 'whitelistValidation']);

function declaredRules(target: object | undefined, property: string): ValidationMetadata[] {
  if (!target) return [];
  return getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .filter((meta) => meta.propertyName === property && !NOT_RULES.has(meta.type));
}

function ruleName(meta: ValidationMetadata): string {
  return meta.name ?? meta.type;
}

/** The elements of an array that break an `each` rule, found by running the rule on each. */
function badElements(
  meta: ValidationMetadata,
  error: ValidationError,
): readonly number[] | undefined {
  const elements: unknown = error.value;
  if (!Array.isArray(elements) || typeof meta.constraintCls !== 'function') return undefined;
  const Rule = meta.constraintCls as new () => ValidatorConstraintInterface;
  const rule = new Rule();
  const bad: number[] = [];
  for (const [index, element] of elements.entries()) {
    const valid = rule.validate(element, {
      value: element,
      constraints: meta.constraints,
      targetName: error.target?.constructor.name ?? '',
      object: error.target ?? {},
      property: error.property,
    });
    if (typeof valid !== 'boolean') return undefined;
    if (!valid) bad.push(index);
  }
  return bad;
}

function errorCodeOf(meta: ValidationMetadata): FieldRule['code'] {
  const context: unknown = meta.context;
  if (typeof context !== 'object' || context === null || !('errorCode' in context))
    return undefined;
  return isErrorCode(context.errorCode) ? context.errorCode : undefined;
}

function problemOf(error: ValidationError, path: PathSegment[]): FieldProblem {
  const broken = error.constraints ?? {};
  const declared = declaredRules(error.target, error.property);
  const rules: FieldRule[] = declared.map((meta) => {
    const name = ruleName(meta);
    const failed = Object.hasOwn(broken, name);
    const code = errorCodeOf(meta);
    return {
      name,
      args: Array.isArray(meta.constraints) ? (meta.constraints as unknown[]) : [],
      each: meta.each === true,
      failed,
      // The declaration's message as class-validator already worded it for this value.
      ...(failed && meta.message !== undefined ? { message: broken[name] } : {}),
      ...(failed && meta.each === true ? { badElements: badElements(meta, error) } : {}),
      ...(code ? { code } : {}),
    };
  });
  const undeclared = Object.keys(broken)
    .filter((name) => !rules.some((rule) => rule.name === name))
    .map((name): FieldRule => ({ name, args: [], each: false, failed: true }));
  return { path, value: error.value as unknown, rules: [...rules, ...undeclared] };
}

function problemsOf(
  errors: readonly ValidationError[],
  parent: PathSegment[] = [],
  inArray = false,
): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = [...parent, inArray ? Number(error.property) : error.property];
    const own = error.constraints ? [problemOf(error, path)] : [];
    return [...own, ...problemsOf(error.children ?? [], path, Array.isArray(error.value))];
  });
}

/**
 * Turns untrusted input into a validated instance of `type`, or throws a
 * `validation_failed` AppError with one detail per field at fault (or the code
 * a rule refuses with, such as `platform_not_supported`). Unknown fields are
 * refused, so that a typo is reported instead of silently ignored.
 */
export function validateInput<T extends object>(type: Constructor<T>, input: unknown): T {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new AppError('validation_failed', 'The request body must be a JSON object.');
  }
  const problem = inputShapeProblem(input);
  if (problem)
    throw new AppError('validation_failed', `The request is invalid: ${problem.field}.`, [problem]);
  const instance = plainToInstance(type, input, { enableImplicitConversion: false });
  const errors = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
  });
  if (errors.length > 0) {
    const { code, message, details } = describeFailure(problemsOf(errors));
    throw new AppError(code, message, details);
  }
  return instance;
}
