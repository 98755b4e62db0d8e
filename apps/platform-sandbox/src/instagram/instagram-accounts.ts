import { SeededRandom } from '../state/seeded-random.js';

export type InstagramMediaType = 'IMAGE' | 'VIDEO' | 'CAROUSEL_ALBUM';

export interface InstagramMedia {
  /** 17 to 18 digits, as Graph ids are. */
  id: string;
  /** Seconds since the epoch; strictly decreasing along an account's media. */
  postedAt: number;
  mediaType: InstagramMediaType;
  caption: string;
  shortcode: string;
  likeCount: number;
  commentsCount: number;
}

export interface InstagramAccount {
  /** The Instagram professional account id (`user_id`). */
  id: string;
  /** The app-scoped id `/me` answers as `id`. */
  appScopedId: string;
  username: string;
  name: string;
  accountType: 'BUSINESS' | 'MEDIA_CREATOR';
  biography: string;
  website: string;
  followersCount: number;
  followsCount: number;
  /** The owner hides like counts: `like_count` is left out of every media item. */
  hidesLikes: boolean;
  /** Newest first. */
  media: InstagramMedia[];
}

interface Profile {
  username: string;
  name: string;
  accountType: InstagramAccount['accountType'];
  biography: string;
  hidesLikes: boolean;
  mediaCount: number;
  topics: string[];
}

const PROFILES: Profile[] = [
  {
    username: 'nora.plates',
    name: 'Nora Plates',
    accountType: 'MEDIA_CREATOR',
    biography: 'Weeknight dinners in 20 minutes.',
    hidesLikes: false,
    mediaCount: 42,
    topics: ['one-pan pasta', 'miso glaze', 'lemon tart', 'market haul', 'knife skills'],
  },
  {
    username: 'atlas.outdoors',
    name: 'Atlas Outdoors',
    accountType: 'BUSINESS',
    biography: 'Trail gear, tested in the rain.',
    hidesLikes: false,
    mediaCount: 75,
    topics: ['tent pitch', 'rain shell test', 'ridge walk', 'stove review', 'first aid kit'],
  },
  {
    username: 'quiet.reader',
    name: 'Quiet Reader',
    accountType: 'MEDIA_CREATOR',
    biography: 'One book a week, reviewed honestly.',
    hidesLikes: true,
    mediaCount: 18,
    topics: ['a slow novel', 'poetry shelf', 'annotations', 'library haul', 'reading nook'],
  },
];

const MEDIA_TYPES: InstagramMediaType[] = ['IMAGE', 'IMAGE', 'VIDEO', 'VIDEO', 'CAROUSEL_ALBUM'];
const NEWEST_POST_TIME = Date.UTC(2026, 10, 1) / 1000;
const SHORTCODE_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** The sandbox's Instagram professional accounts, identical in every run. */
export function seedInstagramAccounts(): InstagramAccount[] {
  return PROFILES.map((profile, index) => account(profile, new SeededRandom(3000 + index)));
}

/** One more account, made up from its username: the same username gives the same account in every run. */
export function madeUpInstagramAccount(username: string, mediaCount: number): InstagramAccount {
  return account(
    {
      username,
      name: username.replace(/[._]/g, ' '),
      accountType: 'MEDIA_CREATOR',
      biography: `The sandbox's ${username}.`,
      hidesLikes: false,
      mediaCount,
      topics: ['a first post', 'a second look', 'a carousel', 'a quick reel', 'the making of'],
    },
    new SeededRandom(seedOf(`instagram:${username}`)),
  );
}

export function seedOf(text: string): number {
  let seed = 2166136261;
  for (const char of text) seed = Math.imul(seed ^ char.charCodeAt(0), 16777619) >>> 0;
  return seed;
}

function account(profile: Profile, random: SeededRandom): InstagramAccount {
  const followersCount = random.integer(1_500, 1_800_000);
  return {
    id: `17841${String(random.integer(100_000_000_000, 999_999_999_999))}`,
    appScopedId: String(random.integer(10_000_000_000_000, 99_999_999_999_999)) + '00',
    username: profile.username,
    name: profile.name,
    accountType: profile.accountType,
    biography: profile.biography,
    website: `https://${profile.username.replace(/[._]/g, '')}.example.com`,
    followersCount,
    followsCount: random.integer(30, 1_500),
    hidesLikes: profile.hidesLikes,
    media: seedMedia(profile, followersCount, random),
  };
}

function seedMedia(profile: Profile, followers: number, random: SeededRandom): InstagramMedia[] {
  const media: InstagramMedia[] = [];
  let postedAt = NEWEST_POST_TIME - random.integer(3_600, 86_400);
  for (let index = 0; index < profile.mediaCount; index += 1) {
    const likeCount = Math.round(followers * (0.01 + random.next() * 0.08));
    let shortcode = '';
    for (let char = 0; char < 11; char += 1) shortcode += random.pick([...SHORTCODE_CHARACTERS]);
    media.push({
      id: `18${String(random.integer(100_000_000_000_000, 999_999_999_999_999))}`,
      postedAt,
      mediaType: random.pick(MEDIA_TYPES),
      caption: `${random.pick(profile.topics)} #${profile.username.split(/[._]/)[0] ?? 'sandbox'}`,
      shortcode,
      likeCount,
      commentsCount: Math.round(likeCount * (0.005 + random.next() * 0.05)),
    });
    postedAt -= random.integer(6 * 3_600, 96 * 3_600);
  }
  return media;
}
