/**
 * PostgreSQL's SQLSTATEs for "the server is not there right now": connection
 * exceptions (class 08) and operator intervention (57P01 admin shutdown, 57P02
 * crash shutdown, 57P03 cannot connect now: starting up or shutting down).
 */
const UNAVAILABLE_SQLSTATE = /^(08\d{3}|57P0[123])$/;
/** The socket errors of a server that is down or unreachable. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** node-postgres says these in words only, without a code. */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|not queryable|Connection is closed/i;
const NESTING_DEPTH = 3;

function unavailableHere(error: object): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || SOCKET_CODES.has(code)))
    return true;
  return typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message);
}

/**
 * True when a database call failed because PostgreSQL could not be reached or
 * was going away, not because of the query: TypeORM keeps the driver's error
 * in `driverError`, Node in `cause`.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > NESTING_DEPTH) return false;
  if (unavailableHere(error)) return true;
  const { driverError, cause } = error as { driverError?: unknown; cause?: unknown };
  return isDatabaseUnavailable(driverError, depth + 1) || isDatabaseUnavailable(cause, depth + 1);
}
