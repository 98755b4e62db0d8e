import { ErrorCode } from '../errors/error-codes.js';
import { ErrorDetail } from '../errors/app-error.js';

/** The public API's response envelope (see design.md, "Public API conventions"). */
export interface SuccessEnvelope<T> {
  success: true;
  data: T;
}

export interface ErrorEnvelope {
  success: false;
  error: {
    code: ErrorCode;
    message: string;
    details: ErrorDetail[];
    requestId: string;
  };
}

export type Envelope<T> = SuccessEnvelope<T> | ErrorEnvelope;
