import type { Platform } from '../../platform.js';
import { noteQueuedSync, type AcknowledgedWork } from './acknowledged-work.js';
import type { Operation } from './load-loop.js';

type Headers = Record<string, string>;

const dataOf = (body: unknown): Record<string, unknown> =>
  (body as { data?: Record<string, unknown> } | undefined)?.data ?? {};

/**
 * The load of the outage scenarios, as one customer: reads served by identity
 * and by creators, key creation (a write to identity's database) and manual
 * syncs of connected creators (a job on the Redis queue, run by the worker).
 */
export function loadOperations(
  platform: Platform,
  headers: Headers,
  creatorIds: readonly string[],
  acknowledged: AcknowledgedWork,
): Operation[] {
  const get = (path: string) => (signal: AbortSignal) =>
    fetch(`${platform.gatewayUrl}${path}`, { headers, signal });
  const post = (path: string, body?: unknown) => (signal: AbortSignal) =>
    fetch(`${platform.gatewayUrl}${path}`, {
      method: 'POST',
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  const syncs: Operation[] = creatorIds.map((creatorId) => ({
    name: 'POST /api/v1/creators/:id/sync',
    send: post(`/api/v1/creators/${creatorId}/sync`),
    acknowledged: (status, body) => {
      if (status === 202) noteQueuedSync(acknowledged, String(dataOf(body).jobId), creatorId);
      else acknowledged.finishedSyncs += 1;
    },
  }));
  return [
    { name: 'GET /api/v1/creators', send: get('/api/v1/creators') },
    { name: 'GET /api/v1/users/me', send: get('/api/v1/users/me') },
    {
      name: 'POST /api/v1/keys',
      send: post('/api/v1/keys', {
        name: 'made under load',
        type: 'secret',
        environment: 'production',
        roles: ['read-only'],
        expiresInDays: 30,
      }),
      acknowledged: (_status, body) => acknowledged.keyIds.add(String(dataOf(body).id)),
    },
    ...syncs,
  ];
}
