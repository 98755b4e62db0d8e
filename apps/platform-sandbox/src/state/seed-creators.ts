import { SeededRandom } from './seeded-random.js';

export interface SandboxVideo {
  /** 19 digits: the post time in the high 32 bits, as TikTok's ids are; beyond 2^53. */
  id: string;
  /** Seconds since the epoch; strictly decreasing along a creator's list. */
  createTime: number;
  /** Private videos never appear in list or query; they make some list pages short. */
  isPublic: boolean;
  title: string;
  description: string;
  durationSeconds: number;
  width: number;
  height: number;
  viewCount: number;
  likeCount: number;
  commentCount: number;
  shareCount: number;
}

export interface SandboxCreator {
  openId: string;
  unionId: string;
  username: string;
  displayName: string;
  bio: string;
  isVerified: boolean;
  followerCount: number;
  followingCount: number;
  /** Newest first, public and private. */
  videos: SandboxVideo[];
}

interface Profile {
  username: string;
  displayName: string;
  bio: string;
  isVerified: boolean;
  publicVideos: number;
  topics: string[];
  tags: string[];
}

const PROFILES: Profile[] = [
  {
    username: 'maya.bakes',
    displayName: 'Maya Bakes',
    bio: 'Sourdough, every single day.',
    isVerified: true,
    publicVideos: 47,
    topics: ['rye starter', 'shaping a batard', 'scoring patterns', 'focaccia art', 'crumb shot'],
    tags: ['sourdough', 'baking', 'bread'],
  },
  {
    username: 'leo.lifts',
    displayName: 'Leo Lifts',
    bio: 'Strength training for busy people.',
    isVerified: false,
    publicVideos: 64,
    topics: ['deadlift setup', 'a 20-minute push day', 'grip work', 'deload week', 'form check'],
    tags: ['gym', 'strength', 'fitness'],
  },
  {
    username: 'ines.travels',
    displayName: 'Inès en route',
    bio: 'Slow travel across Europe by train.',
    isVerified: false,
    publicVideos: 88,
    topics: [
      'night train to Vienna',
      'Lisbon trams',
      'packing light',
      'Alpine passes',
      'station food',
    ],
    tags: ['travel', 'trains', 'europe'],
  },
  {
    username: 'kofi.codes',
    displayName: 'Kofi Codes',
    bio: 'Tiny programming lessons. One concept per video.',
    isVerified: true,
    publicVideos: 112,
    topics: ['closures', 'SQL joins', 'git rebase', 'big-O in a minute', 'regex basics'],
    tags: ['coding', 'programming', 'learntocode'],
  },
  {
    username: 'sana.sketches',
    displayName: 'Sana Sketches',
    bio: 'A sketch a day since 2021.',
    isVerified: false,
    publicVideos: 130,
    topics: ['ink washes', 'urban sketching', 'hands study', 'color mixing', 'sketchbook tour'],
    tags: ['art', 'sketch', 'drawing'],
  },
];

const FORMATS = [
  'Quick tip',
  'Day in the life',
  'Try this',
  'Beginner mistake',
  'Behind the scenes',
];

/** Posts go back in time from here, so that the catalogue does not depend on the day it is built. */
const NEWEST_POST_TIME = Date.UTC(2026, 10, 1) / 1000;

/** The sandbox's five creators, identical in every run. */
export function seedCreators(): SandboxCreator[] {
  return PROFILES.map((profile, index) => seedCreator(profile, new SeededRandom(1000 + index)));
}

/**
 * One more creator, made up from its username: the same username gives the
 * same creator (open_id, videos) in every run. For tests that need a creator
 * of their own.
 */
export function madeUpCreator(username: string, publicVideos: number): SandboxCreator {
  let seed = 2166136261;
  for (const char of username) seed = Math.imul(seed ^ char.charCodeAt(0), 16777619) >>> 0;
  return seedCreator(
    {
      username,
      displayName: username.replace(/[._]/g, ' '),
      bio: `The sandbox's ${username}.`,
      isVerified: false,
      publicVideos,
      topics: ['a first try', 'a second look', 'the long version', 'a quick one', 'the making of'],
      tags: ['sandbox', 'tally'],
    },
    new SeededRandom(seed),
  );
}

function seedCreator(profile: Profile, random: SeededRandom): SandboxCreator {
  const followerCount = random.integer(2_000, 2_500_000);
  return {
    openId: uuidLike(random),
    unionId: uuidLike(random),
    username: profile.username,
    displayName: profile.displayName,
    bio: profile.bio,
    isVerified: profile.isVerified,
    followerCount,
    followingCount: random.integer(20, 900),
    videos: seedVideos(profile, followerCount, random),
  };
}

function seedVideos(profile: Profile, followerCount: number, random: SeededRandom): SandboxVideo[] {
  const videos: SandboxVideo[] = [];
  let createTime = NEWEST_POST_TIME - random.integer(3_600, 86_400);
  let publicCount = 0;
  while (publicCount < profile.publicVideos) {
    const isPublic = random.next() > 0.1;
    if (isPublic) publicCount += 1;
    videos.push(seedVideo(profile, followerCount, createTime, isPublic, random));
    createTime -= random.integer(4 * 3_600, 72 * 3_600);
  }
  return videos;
}

function seedVideo(
  profile: Profile,
  followerCount: number,
  createTime: number,
  isPublic: boolean,
  random: SeededRandom,
): SandboxVideo {
  const title = `${random.pick(FORMATS)}: ${random.pick(profile.topics)}`;
  const viewCount =
    Math.round(followerCount * (0.05 + random.next() * 1.5)) + random.integer(0, 999);
  const likeCount = Math.round(viewCount * (0.03 + random.next() * 0.09));
  const portrait = random.next() > 0.2;
  return {
    id: ((BigInt(createTime) << 32n) | BigInt(random.uint32())).toString(),
    createTime,
    isPublic,
    title,
    description: `${title} ${profile.tags.map((tag) => `#${tag}`).join(' ')}`,
    durationSeconds: random.integer(8, 180),
    width: portrait ? 1080 : 1920,
    height: portrait ? 1920 : 1080,
    viewCount,
    likeCount,
    commentCount: Math.round(likeCount * (0.01 + random.next() * 0.07)),
    shareCount: Math.round(likeCount * (0.005 + random.next() * 0.045)),
  };
}

function uuidLike(random: SeededRandom): string {
  const hex = random.hex(32);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `a${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}
