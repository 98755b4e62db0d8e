import { seedOf } from '../instagram/instagram-accounts.js';
import { SeededRandom } from '../state/seeded-random.js';

export interface YouTubeVideo {
  /** 11 characters of base64url, as YouTube's ids are. */
  id: string;
  /** Seconds since the epoch; strictly decreasing along a channel's uploads. */
  publishedAt: number;
  title: string;
  description: string;
  tags: string[];
  durationSeconds: number;
  viewCount: number;
  /** Undefined when the owner hides the like count: `likeCount` is then absent. */
  likeCount?: number;
  /** Undefined when comments are off: `commentCount` is then absent. */
  commentCount?: number;
}

export interface YouTubeChannel {
  /** `UC` and 22 characters. */
  id: string;
  /** The handle without its `@`: what a person signs in as. */
  username: string;
  title: string;
  description: string;
  publishedAt: number;
  country: string;
  subscriberCount: number;
  hiddenSubscriberCount: boolean;
  /** Newest first. */
  videos: YouTubeVideo[];
}

interface Profile {
  handle: string;
  title: string;
  description: string;
  country: string;
  hiddenSubscriberCount: boolean;
  videoCount: number;
  topics: string[];
}

const PROFILES: Profile[] = [
  {
    handle: 'rivertechreviews',
    title: 'River Tech Reviews',
    description: 'Honest reviews of the gadgets you actually use.',
    country: 'US',
    hiddenSubscriberCount: false,
    videoCount: 120,
    topics: ['phone battery test', 'laptop teardown', 'budget earbuds', 'desk setup', 'router'],
  },
  {
    handle: 'gardenwithjo',
    title: 'Garden with Jo',
    description: 'Small gardens, big harvests.',
    country: 'GB',
    hiddenSubscriberCount: false,
    videoCount: 57,
    topics: ['raised beds', 'tomato pruning', 'compost', 'seed starting', 'winter greens'],
  },
  {
    handle: 'quietpianist',
    title: 'The Quiet Pianist',
    description: 'Slow piano pieces and how to play them.',
    country: 'DE',
    hiddenSubscriberCount: true,
    videoCount: 23,
    topics: ['Satie', 'a nocturne', 'sight reading', 'pedalling', 'left hand'],
  },
];

const ID_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const NEWEST_UPLOAD_TIME = Date.UTC(2026, 10, 1) / 1000;

/** The sandbox's YouTube channels, identical in every run. */
export function seedYouTubeChannels(): YouTubeChannel[] {
  return PROFILES.map((profile, index) => channel(profile, new SeededRandom(5000 + index)));
}

/** One more channel, made up from its handle: the same handle gives the same channel in every run. */
export function madeUpYouTubeChannel(handle: string, videoCount: number): YouTubeChannel {
  return channel(
    {
      handle,
      title: handle.replace(/[._-]/g, ' '),
      description: `The sandbox's @${handle}.`,
      country: 'US',
      hiddenSubscriberCount: false,
      videoCount,
      topics: ['a first upload', 'a second look', 'the long version', 'a short', 'the making of'],
    },
    new SeededRandom(seedOf(`youtube:${handle}`)),
  );
}

/** `UU` + the channel id's tail: the uploads playlist, as YouTube names it. */
export function uploadsPlaylistOf(channel: YouTubeChannel): string {
  return `UU${channel.id.slice(2)}`;
}

function randomId(random: SeededRandom, length: number): string {
  let id = '';
  for (let index = 0; index < length; index += 1) id += random.pick([...ID_CHARACTERS]);
  return id;
}

function channel(profile: Profile, random: SeededRandom): YouTubeChannel {
  const subscribers = random.integer(800, 4_000_000);
  return {
    id: `UC${randomId(random, 22)}`,
    username: profile.handle,
    title: profile.title,
    description: profile.description,
    publishedAt: Date.UTC(2012 + random.integer(0, 10), random.integer(0, 11), 3) / 1000,
    country: profile.country,
    // YouTube rounds subscriber counts to three significant figures.
    subscriberCount: Number(subscribers.toPrecision(3)),
    hiddenSubscriberCount: profile.hiddenSubscriberCount,
    videos: seedVideos(profile, subscribers, random),
  };
}

function seedVideos(profile: Profile, subscribers: number, random: SeededRandom): YouTubeVideo[] {
  const videos: YouTubeVideo[] = [];
  let publishedAt = NEWEST_UPLOAD_TIME - random.integer(3_600, 86_400);
  for (let index = 0; index < profile.videoCount; index += 1) {
    const title = `${random.pick(profile.topics)}, part ${profile.videoCount - index}`;
    const viewCount = Math.round(subscribers * (0.02 + random.next() * 0.6));
    const likeCount = Math.round(viewCount * (0.01 + random.next() * 0.05));
    videos.push({
      id: randomId(random, 11),
      publishedAt,
      title,
      description: `${title}. ${profile.description}`,
      tags: profile.topics.slice(0, 3),
      durationSeconds: random.next() > 0.85 ? random.integer(15, 59) : random.integer(90, 4_000),
      viewCount,
      likeCount: random.next() > 0.08 ? likeCount : undefined,
      commentCount:
        random.next() > 0.05 ? Math.round(likeCount * (0.02 + random.next() * 0.1)) : undefined,
    });
    publishedAt -= random.integer(24 * 3_600, 14 * 24 * 3_600);
  }
  return videos;
}
