import { idString, int64, type PlatformProfile } from '@tally/platform-kit';
import { z } from 'zod';

/** The `/me` fields Tally reads. */
export const PROFILE_FIELDS = [
  'user_id',
  'username',
  'name',
  'account_type',
  'profile_picture_url',
  'followers_count',
  'follows_count',
  'media_count',
  'biography',
  'website',
] as const;

/** `/me`: only the requested fields come back, and Graph adds `id` (the app-scoped id). */
export const profileAnswerSchema = z
  .object({
    id: idString.optional(),
    user_id: idString.optional(),
    username: z.string().optional(),
    name: z.string().optional(),
    account_type: z.string().optional(),
    profile_picture_url: z.string().optional(),
    followers_count: int64.optional(),
    follows_count: int64.optional(),
    media_count: int64.optional(),
    biography: z.string().optional(),
    website: z.string().optional(),
  })
  .refine((profile) => profile.user_id !== undefined || profile.id !== undefined, {
    message: 'neither user_id nor id',
  });

export type ProfileAnswer = z.infer<typeof profileAnswerSchema>;

/**
 * The profile in Tally's terms. Instagram has no total likes or views for an
 * account and no verified flag in this API: those stay null/false.
 */
export function toPlatformProfile(answer: ProfileAnswer): PlatformProfile {
  const username = answer.username ?? null;
  return {
    // Both are present in practice; user_id is the professional account id the media belong to.
    externalUserId: (answer.user_id ?? answer.id) as string,
    username,
    displayName: answer.name ?? null,
    avatarUrl: answer.profile_picture_url ?? null,
    bio: answer.biography ?? null,
    verified: false,
    profileUrl:
      username === null ? null : `https://www.instagram.com/${encodeURIComponent(username)}/`,
    followers: answer.followers_count ?? null,
    following: answer.follows_count ?? null,
    likes: null,
    videoCount: answer.media_count ?? null,
    totalViews: null,
    platformData: { accountType: answer.account_type ?? null, website: answer.website ?? null },
  };
}
