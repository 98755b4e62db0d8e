import type { CreatorSyncJob } from '@tally/contracts';
import { z } from 'zod';

export const creatorSyncJobSchema: z.ZodType<CreatorSyncJob> = z.object({
  creatorId: z.guid(),
  accountId: z.guid(),
  trigger: z.enum(['connect', 'manual', 'scheduled']),
  full: z.boolean().optional(),
});
