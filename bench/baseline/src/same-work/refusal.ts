// Every answer that is not a success, as a value with a code and a status,
// sent in the gateway's error envelope by the edge's one error handler.

export interface RefusalDetail {
  field?: string;
  reason: string;
}

export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: RefusalDetail[] = [],
    /** Sent with the answer (a 429's rate-limit headers). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(requestId: string) {
    return {
      success: false as const,
      error: { code: this.code, message: this.message, details: this.details, requestId },
    };
  }
}

export const invalidToken = (message: string) =>
  new Refusal(401, 'unauthorized', message, [{ reason: 'invalid_token' }]);

export const invalidInput = (field: string, reason: string) =>
  new Refusal(400, 'validation_failed', 'The request is invalid.', [{ field, reason }]);
