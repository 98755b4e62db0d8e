// Creator constants a browser bundle may import (see browser.ts): no zod here.

export const CREATOR_STATUSES = ['connected', 'reauth_required', 'disconnected'] as const;
export type CreatorStatus = (typeof CREATOR_STATUSES)[number];

/** The most snapshots one `GET /api/v1/creators/:id/stats/history` answers with. */
export const MAX_HISTORY_POINTS = 1000;
