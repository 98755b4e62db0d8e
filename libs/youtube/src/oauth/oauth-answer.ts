import { parseJsonKeepingBigIntegers, type RawAnswer } from '@tally/platform-kit';
import { z } from 'zod';
import { answerError } from '../errors/answer-error.js';
import { isSuccessStatus, kindFromStatus } from '../errors/kind-from-status.js';
import { oauthErrorKind } from './oauth-error-kind.js';

const oauthErrorSchema = z.object({
  error: z.string().min(1),
  error_description: z.string().optional(),
});

/**
 * Checks an answer of Google's token or revocation endpoint and returns its
 * body read with `successSchema` (an empty body reads as `{}`). Errors are the
 * RFC 6749 `{error, error_description}` with a 4xx status.
 */
export function readOAuthAnswer<Schema extends z.ZodType>(
  answer: RawAnswer,
  endpoint: string,
  successSchema: Schema,
  nowMs: number,
): z.infer<Schema> {
  const body = parseJsonKeepingBigIntegers(answer.body.trim() === '' ? '{}' : answer.body);
  const judged = { answer, endpoint, nowMs };
  const oauthError = oauthErrorSchema.safeParse(body);

  if (oauthError.success) {
    const { error, error_description: description } = oauthError.data;
    throw answerError(judged, {
      kind: oauthErrorKind(error, answer.status),
      message: `${error}: ${description ?? ''}`.trim(),
      code: error,
    });
  }
  if (!isSuccessStatus(answer.status)) {
    throw answerError(judged, {
      kind: kindFromStatus(answer.status, 'oauth'),
      message: `HTTP ${answer.status}`,
    });
  }
  const success = successSchema.safeParse(body);
  if (!success.success) {
    throw answerError(judged, {
      kind: 'invalid_response',
      message: `unexpected answer: ${z.prettifyError(success.error)}`,
    });
  }
  return success.data;
}
