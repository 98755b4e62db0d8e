import {
  parseJsonKeepingBigIntegers,
  PlatformError,
  type PlatformErrorKind,
  type RawAnswer,
} from '@tally/platform-kit';
import { z } from 'zod';
import type { EndpointRole } from '../errors/endpoint-role.js';
import { type InstagramErrorBody, readErrorBody } from '../errors/error-body.js';
import { instagramErrorKind } from '../errors/error-kind.js';
import { kindFromStatus } from '../errors/kind-from-status.js';
import { throttledForSeconds } from '../errors/retry-after.js';
import { scrubSecrets } from './scrub-secrets.js';

export interface AnswerContext {
  endpoint: string;
  role: EndpointRole;
  nowMs: number;
  /** Values an error message must not repeat, should Instagram echo them. */
  secrets: readonly string[];
}

/**
 * Checks an Instagram answer and returns its body read with `successSchema`.
 * An error body in either of Instagram's shapes fails whatever the status;
 * then a failing HTTP status; then a body that is not JSON or not the shape.
 */
export function readAnswer<Schema extends z.ZodType>(
  answer: RawAnswer,
  context: AnswerContext,
  successSchema: Schema,
): z.infer<Schema> {
  const body = parseJsonKeepingBigIntegers(answer.body);
  const errorBody = readErrorBody(body);
  if (errorBody) {
    const kind = instagramErrorKind(errorBody, answer.status, context.role);
    throw answerError(answer, context, kind, describeError(errorBody), {
      code: errorBody.code === undefined ? undefined : String(errorBody.code),
      traceId: errorBody.traceId,
    });
  }
  if (answer.status < 200 || answer.status > 299) {
    throw answerError(
      answer,
      context,
      kindFromStatus(answer.status, context.role),
      `HTTP ${answer.status}`,
    );
  }
  if (body === undefined) {
    throw answerError(answer, context, 'invalid_response', 'the answer is not JSON');
  }
  const success = successSchema.safeParse(body);
  if (!success.success) {
    throw answerError(
      answer,
      context,
      'invalid_response',
      `unexpected answer: ${z.prettifyError(success.error)}`,
    );
  }
  return success.data;
}

function answerError(
  answer: RawAnswer,
  context: AnswerContext,
  kind: PlatformErrorKind,
  message: string,
  fromBody: { code?: string; traceId?: string } = {},
): PlatformError {
  return new PlatformError({
    platform: 'INSTAGRAM',
    kind,
    endpoint: context.endpoint,
    message: scrubSecrets(message, context.secrets),
    code: fromBody.code,
    httpStatus: answer.status,
    traceId: fromBody.traceId ?? answer.headers.get('x-fb-trace-id') ?? undefined,
    retryAfterSeconds:
      kind === 'rate_limited' ? throttledForSeconds(answer.headers, context.nowMs) : undefined,
  });
}

/** `OAuthException 190/463: Error validating access token...` */
function describeError({ type, code, subcode, message }: InstagramErrorBody): string {
  const codes = code === undefined ? '' : `${code}${subcode === undefined ? '' : `/${subcode}`}`;
  const label = [type, codes].filter((part) => part !== undefined && part !== '').join(' ');
  return label === '' ? message : `${label}: ${message}`;
}
