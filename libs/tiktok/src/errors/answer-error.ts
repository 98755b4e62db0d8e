import { retryAfterSeconds } from '@tally/platform-kit';
import type { RawAnswer } from '../http/send-request.js';
import { TikTokError, type TikTokErrorKind } from './tiktok-error.js';

export interface JudgedAnswer {
  answer: RawAnswer;
  endpoint: string;
  nowMs: number;
  /** The body's `log_id`, when it had one; the `x-tt-logid` header is the fallback. */
  bodyLogId?: string;
}

/** The TikTokError for an answer judged a failure, with its status, log id and retry-after. */
export function answerError(
  judged: JudgedAnswer,
  kind: TikTokErrorKind,
  message: string,
  code?: string,
): TikTokError {
  const { answer } = judged;
  return new TikTokError({
    kind,
    endpoint: judged.endpoint,
    message,
    code,
    httpStatus: answer.status,
    logId: judged.bodyLogId ?? answer.headers.get('x-tt-logid') ?? undefined,
    retryAfterSeconds:
      kind === 'rate_limited'
        ? retryAfterSeconds(answer.headers.get('retry-after'), judged.nowMs)
        : undefined,
  });
}

export function isSuccessStatus(status: number): boolean {
  return status >= 200 && status <= 299;
}
