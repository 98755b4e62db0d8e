import type { Readable } from 'openapi-typescript-helpers';
import { errorFromResponse, unexpectedResponse } from '../errors/error-from-response.js';
import type { operations } from '../generated/openapi.js';
import type { DataOf } from '../types.js';

/** What the generated client resolves to. */
interface CallResult<Body> {
  data?: Body;
  error?: unknown;
  response: Response;
}

function isSuccessEnvelope(body: unknown): body is { success: true; data: unknown } {
  return (
    typeof body === 'object' &&
    body !== null &&
    (body as { success?: unknown }).success === true &&
    'data' in body
  );
}

/**
 * The envelope's `data` of a success; a TallyError for anything else. The
 * operation is named (`dataOf<'keys_get'>(...)`), so that the call must be
 * the one of that operation. Its type is the document's own: the generated
 * client's `Readable` drops properties whose only value is `null`.
 */
export async function dataOf<Id extends keyof operations = never>(
  call: Promise<CallResult<{ data: Readable<DataOf<Id>> }>>,
): Promise<DataOf<Id>> {
  const { data, error, response } = await call;
  if (!response.ok) throw errorFromResponse(response.status, error, response.headers);
  if (!isSuccessEnvelope(data)) throw unexpectedResponse(response.status, data, response.headers);
  return data.data as DataOf<Id>;
}
