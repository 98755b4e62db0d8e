import { z } from 'zod';
import { answerError, isSuccessStatus } from '../errors/answer-error.js';
import { kindFromStatus } from '../errors/kind-from-status.js';
import { parseJsonKeepingBigIntegers } from '@tally/platform-kit';
import type { RawAnswer } from '../http/send-request.js';
import { displayErrorKind } from './display-error-kind.js';

const envelopeSchema = z.object({
  data: z.unknown().optional(),
  error: z.object({
    code: z.string(),
    message: z.string().optional(),
    log_id: z.string().optional(),
  }),
});

/**
 * Checks a Display API answer (`{data, error}`) and returns its `data` read
 * with `dataSchema`. Anything else throws a TikTokError: the envelope's own
 * error first, then the HTTP status, then a shape we cannot read.
 */
export function readDisplayAnswer<Schema extends z.ZodType>(
  answer: RawAnswer,
  endpoint: string,
  dataSchema: Schema,
  nowMs: number,
): z.infer<Schema> {
  const envelope = envelopeSchema.safeParse(parseJsonKeepingBigIntegers(answer.body));
  const judged = {
    answer,
    endpoint,
    nowMs,
    bodyLogId: envelope.success ? envelope.data.error.log_id : undefined,
  };

  if (envelope.success && envelope.data.error.code !== 'ok') {
    const { code, message } = envelope.data.error;
    const kind = displayErrorKind(code, answer.status);
    throw answerError(judged, kind, `${code}: ${message ?? ''}`.trim(), code);
  }
  if (!isSuccessStatus(answer.status)) {
    throw answerError(judged, kindFromStatus(answer.status, 'display'), `HTTP ${answer.status}`);
  }
  if (!envelope.success) {
    throw answerError(judged, 'invalid_response', 'the answer is not a {data, error} envelope');
  }
  const data = dataSchema.safeParse(envelope.data.data);
  if (!data.success) {
    throw answerError(
      judged,
      'invalid_response',
      `unexpected data: ${z.prettifyError(data.error)}`,
    );
  }
  return data.data;
}
