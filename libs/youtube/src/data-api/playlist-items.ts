import { z } from 'zod';

/** `playlistItems.list` with `part=contentDetails`: the uploads' ids, newest first. */
export const playlistItemListSchema = z.object({
  items: z
    .array(
      z.object({
        contentDetails: z.looseObject({
          videoId: z.string().min(1),
          videoPublishedAt: z.string().optional(),
        }),
      }),
    )
    .optional()
    .transform((items) => items ?? []),
  nextPageToken: z.string().min(1).optional(),
});
