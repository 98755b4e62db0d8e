import { z } from 'zod';

const thumbnailSchema = z.looseObject({ url: z.string().min(1) });

export const thumbnailsSchema = z
  .looseObject({
    default: thumbnailSchema.optional(),
    medium: thumbnailSchema.optional(),
    high: thumbnailSchema.optional(),
    standard: thumbnailSchema.optional(),
    maxres: thumbnailSchema.optional(),
  })
  .optional();

export type Thumbnails = z.infer<typeof thumbnailsSchema>;

const LARGEST_FIRST = ['maxres', 'standard', 'high', 'medium', 'default'] as const;

/** The largest thumbnail YouTube sent; null when it sent none. */
export function bestThumbnail(thumbnails: Thumbnails): string | null {
  if (thumbnails === undefined) return null;
  for (const size of LARGEST_FIRST) {
    const url = thumbnails[size]?.url;
    if (url !== undefined) return url;
  }
  return null;
}
