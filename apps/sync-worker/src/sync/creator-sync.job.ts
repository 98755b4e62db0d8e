import { AUDIT_ACTOR_TYPES, type CreatorSyncJob } from '@tally/contracts';
import { z } from 'zod';

export const creatorSyncJobSchema: z.ZodType<CreatorSyncJob> = z.object({
  creatorId: z.guid(),
  accountId: z.guid(),
  trigger: z.enum(['connect', 'manual', 'scheduled']),
  full: z.boolean().optional(),
  requestedBy: z
    .object({
      actor: z.object({
        type: z.enum(AUDIT_ACTOR_TYPES),
        id: z.string().max(64).nullable(),
      }),
      requestId: z.string().max(128).nullable(),
    })
    .optional(),
});
