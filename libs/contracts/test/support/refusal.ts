import type { z } from 'zod';
import { AppError } from '../../src/errors/app-error.js';
import { parseWithSchema } from '../../src/messaging/schema-input.js';

/** The AppError a schema refuses `input` with; fails the test when it accepts it. */
export function refusalOf(schema: z.ZodType, input: unknown): AppError {
  try {
    parseWithSchema(schema, input);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a validation failure');
}
