import { z } from 'zod';
import { answerError, isSuccessStatus } from '../errors/answer-error.js';
import { kindFromStatus } from '../errors/kind-from-status.js';
import { parseJsonKeepingBigIntegers } from '@tally/platform-kit';
import type { RawAnswer } from '../http/send-request.js';
import { oauthErrorKind } from './oauth-error-kind.js';

const oauthErrorSchema = z.object({
  error: z.string().min(1),
  error_description: z.string().optional(),
  log_id: z.string().optional(),
});

/**
 * Checks an answer of `/v2/oauth/token/` or `/v2/oauth/revoke/` and returns
 * its body read with `successSchema` (an empty body reads as `{}`). TikTok
 * answers OAuth errors with HTTP 200 as often as not, so a body with an
 * `error` string fails whatever the status.
 */
export function readOAuthAnswer<Schema extends z.ZodType>(
  answer: RawAnswer,
  endpoint: string,
  successSchema: Schema,
  nowMs: number,
): z.infer<Schema> {
  const body = parseJsonKeepingBigIntegers(answer.body.trim() === '' ? '{}' : answer.body);
  const oauthError = oauthErrorSchema.safeParse(body);
  const judged = {
    answer,
    endpoint,
    nowMs,
    bodyLogId: oauthError.success ? oauthError.data.log_id : undefined,
  };

  if (oauthError.success) {
    const { error, error_description: description } = oauthError.data;
    const kind = oauthErrorKind(error, answer.status);
    throw answerError(judged, kind, `${error}: ${description ?? ''}`.trim(), error);
  }
  if (!isSuccessStatus(answer.status)) {
    throw answerError(judged, kindFromStatus(answer.status, 'oauth'), `HTTP ${answer.status}`);
  }
  const success = successSchema.safeParse(body);
  if (!success.success) {
    throw answerError(
      judged,
      'invalid_response',
      `unexpected answer: ${z.prettifyError(success.error)}`,
    );
  }
  return success.data;
}
