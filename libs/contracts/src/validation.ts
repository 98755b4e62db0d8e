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

/**
 * Turns untrusted input into a validated instance of `type`, or throws a
 * `validation_failed` AppError listing every field at fault. Unknown fields
 * are refused, so that a typo is reported instead of silently ignored.
 */
export function validateInput<T extends object>(type: Constructor<T>, input: unknown): T {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new AppError('validation_failed', 'The request body must be a JSON object.');
  }
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
