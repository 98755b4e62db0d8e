import { type PlatformError, type PlatformErrorKind, retryAfterSeconds } from '@tally/platform-kit';
import type { RawAnswer } from '@tally/platform-kit';
import { youtubeError } from './youtube-error.js';

export interface JudgedAnswer {
  answer: RawAnswer;
  endpoint: string;
  nowMs: number;
}

export interface AnswerFailure {
  kind: PlatformErrorKind;
  message: string;
  code?: string;
  /** Overrides the `Retry-After` header (the quota's reset). */
  retryAfterSeconds?: number;
}

/** The PlatformError for an answer judged a failure, with its status and any retry-after. */
export function answerError(judged: JudgedAnswer, failure: AnswerFailure): PlatformError {
  const { answer } = judged;
  return youtubeError({
    kind: failure.kind,
    endpoint: judged.endpoint,
    message: failure.message,
    code: failure.code,
    httpStatus: answer.status,
    retryAfterSeconds:
      failure.retryAfterSeconds ??
      (failure.kind === 'rate_limited'
        ? retryAfterSeconds(answer.headers.get('retry-after'), judged.nowMs)
        : undefined),
  });
}
