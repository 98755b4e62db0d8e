import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '../errors/error-codes.js';

/** The public API's response envelope (see design.md, "Public API conventions"). */

export const ErrorCodeSchema = z
  .enum(ERROR_CODES)
  .describe(
    'What went wrong, for programs to branch on; each code always comes with the same HTTP status.',
  );

export const ErrorDetailSchema = z
  .object({
    field: z
      .string()
      .optional()
      .describe('The input field at fault (`email`, `roles`, `cursor`…).'),
    service: z
      .string()
      .optional()
      .describe('The internal service at fault, when one did not answer.'),
    reason: z.string().describe('Why, in a few words.'),
  })
  .describe('One thing that went wrong.');
export type ErrorDetail = z.output<typeof ErrorDetailSchema>;

function errorBodyWith<TCode extends z.ZodType<ErrorCode>>(code: TCode) {
  return z.object({
    code,
    message: z.string().describe('For people: what happened and what to do about it.'),
    details: z.array(ErrorDetailSchema).describe('Per field or per service; may be empty.'),
    requestId: z.string().describe("The request's X-Request-Id: quote it when asking for help."),
  });
}

export const ErrorEnvelopeSchema = z
  .object({ success: z.literal(false), error: errorBodyWith(ErrorCodeSchema) })
  .describe('How every error of the public API is sent.');
export type ErrorEnvelope = z.output<typeof ErrorEnvelopeSchema>;

/** The error envelope narrowed to the codes one HTTP status can carry. */
export function errorEnvelopeWith(codes: readonly [ErrorCode, ...ErrorCode[]]) {
  return z
    .object({ success: z.literal(false), error: errorBodyWith(z.enum(codes)) })
    .describe('How every error of the public API is sent.');
}

/** The success envelope around one route's result. */
export function successEnvelopeOf<TData extends z.ZodType>(data: TData) {
  return z
    .object({ success: z.literal(true), data })
    .describe('How every successful answer of the public API is sent.');
}

export interface SuccessEnvelope<T> {
  success: true;
  data: T;
}

export type Envelope<T> = SuccessEnvelope<T> | ErrorEnvelope;
