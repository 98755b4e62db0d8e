import { parseJsonKeepingBigIntegers, type RawAnswer } from '@tally/platform-kit';
import { z } from 'zod';
import { answerError } from '../errors/answer-error.js';
import { isSuccessStatus, kindFromStatus } from '../errors/kind-from-status.js';
import { secondsUntilQuotaReset } from '../quota/next-quota-reset.js';
import { dataErrorKind } from './data-error-kind.js';

const dataErrorSchema = z.object({
  error: z.object({
    code: z.number().int().optional(),
    message: z.string().optional(),
    errors: z
      .array(
        z.looseObject({
          domain: z.string().optional(),
          reason: z.string().optional(),
          message: z.string().optional(),
        }),
      )
      .optional(),
  }),
});

/**
 * Checks a Data API answer and returns its body read with `schema`. Failures
 * come as `{error: {code, message, errors: [{domain, reason}]}}`; the reason
 * says more than the status (403 is a spent quota as well as a missing scope).
 * A spent quota carries the seconds until it resets as `retryAfterSeconds`.
 */
export function readDataAnswer<Schema extends z.ZodType>(
  answer: RawAnswer,
  endpoint: string,
  schema: Schema,
  nowMs: number,
): z.infer<Schema> {
  const body = parseJsonKeepingBigIntegers(answer.body);
  const judged = { answer, endpoint, nowMs };
  const failure = isSuccessStatus(answer.status) ? undefined : dataErrorSchema.safeParse(body);

  if (failure?.success) {
    const { message, errors } = failure.data.error;
    const reason = errors?.find((entry) => entry.reason !== undefined)?.reason;
    const kind = dataErrorKind(reason, answer.status);
    throw answerError(judged, {
      kind,
      message: `${reason ?? `HTTP ${answer.status}`}: ${message ?? ''}`.trim(),
      code: reason,
      retryAfterSeconds:
        kind === 'quota_exhausted' ? secondsUntilQuotaReset(new Date(nowMs)) : undefined,
    });
  }
  if (failure !== undefined) {
    throw answerError(judged, {
      kind: kindFromStatus(answer.status, 'data'),
      message: `HTTP ${answer.status}`,
    });
  }
  const success = schema.safeParse(body);
  if (!success.success) {
    throw answerError(judged, {
      kind: 'invalid_response',
      message:
        body === undefined
          ? 'the answer is not JSON'
          : `unexpected answer: ${z.prettifyError(success.error)}`,
    });
  }
  return success.data;
}
