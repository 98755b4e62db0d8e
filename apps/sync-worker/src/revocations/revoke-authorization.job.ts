import type { RevokeAuthorizationJob } from '@tally/contracts';
import { z } from 'zod';

export const revokeAuthorizationJobSchema: z.ZodType<RevokeAuthorizationJob> = z.object({
  pendingRevocationId: z.guid(),
});
