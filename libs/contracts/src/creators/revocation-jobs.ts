import { z } from 'zod';
import { declareJob, type JobDataOf, Queues } from '../queues.js';

/** Job names on the `creator-revocations` queue. */
export const RevocationJobs = {
  revokeAuthorization: 'revoke-authorization',
} as const;

const RevokeAuthorizationData = z.object({ pendingRevocationId: z.guid() });

/** A revocation the platform could not take at disconnect time; the job retries it. */
export const RevokeAuthorizationJob = declareJob(
  Queues.creatorRevocations,
  RevocationJobs.revokeAuthorization,
  RevokeAuthorizationData,
);
export type RevokeAuthorizationJob = JobDataOf<typeof RevokeAuthorizationJob>;

/**
 * The same job on `creator-sync`, where revocations went before they had a
 * queue of their own: left there at the upgrade, or queued by a creators
 * service of the earlier version during a rolling one. The workers forward it
 * to `creator-revocations`.
 */
export const LegacyRevokeAuthorizationJob = declareJob(
  Queues.creatorSync,
  RevocationJobs.revokeAuthorization,
  RevokeAuthorizationData,
);
