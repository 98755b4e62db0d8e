/** One request of the load and how it was answered. */
export interface Exchange {
  operation: string;
  /** 0 when no answer came within the bound. */
  status: number;
  /** The envelope's error code; undefined for a success or an error outside the envelope. */
  errorCode: string | undefined;
  startedAt: number;
  endedAt: number;
}

export const tookMs = (exchange: Exchange): number => exchange.endedAt - exchange.startedAt;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The error code of a body in the error envelope that names the response's request id; else undefined. */
export function envelopeErrorCode(body: unknown, requestId: string | null): string | undefined {
  if (!isRecord(body) || body.success !== false || !isRecord(body.error)) return undefined;
  const { code, message, details, requestId: echoed } = body.error;
  const wellFormed =
    typeof code === 'string' &&
    typeof message === 'string' &&
    Array.isArray(details) &&
    echoed === requestId;
  return wellFormed ? code : undefined;
}
