import {
  Platform,
  Principal,
  ResourceLookupInput,
  ResourceMatch,
  ResourceSearchResult,
  ResourceType,
  SearchResourcesInput,
} from '@tally/contracts';
import { CreatorsRepository, VideosRepository } from '@tally/creators-data';
import type { PlatformMedia, PlatformProfile } from '@tally/platform-kit';
import { Injectable } from '@nestjs/common';
import { publicAccountView, publicVideoView } from './public-views.js';
import { type PublicOutcome, YouTubePublicLookups } from './youtube-public-lookups.js';

const keyOf = (platform: Platform, identifier: string) => `${platform}\u0000${identifier}`;

/** The platforms whose accounts and videos Tally may look up publicly when nobody connected them. */
const PUBLIC_LOOKUP_PLATFORMS: ReadonlySet<Platform> = new Set(['YOUTUBE']);

/**
 * Resolves platform identifiers against the account's connected creators and
 * their videos, then, where the platform allows it (YouTube), publicly.
 */
@Injectable()
export class ResourcesService {
  constructor(
    private readonly creators: CreatorsRepository,
    private readonly videos: VideosRepository,
    private readonly youtube: YouTubePublicLookups,
  ) {}

  /** Answers each lookup in request order; `platform` is already uppercase (see PlatformInputSchema). */
  async search(principal: Principal, input: SearchResourcesInput): Promise<ResourceSearchResult> {
    const platforms = [...new Set(input.resources.map((item) => item.platform))];
    const wanted = (platform: Platform, type: ResourceType) => [
      ...new Set(
        input.resources
          .filter((item) => item.platform === platform && item.type === type)
          .map((item) => item.identifier),
      ),
    ];
    const found = await Promise.all(
      platforms.map(async (platform) => {
        const [accounts, videos] = await Promise.all([
          this.creators.findByIdentifiers(
            principal.accountId,
            platform,
            wanted(platform, 'account'),
          ),
          this.videos.findByExternalIds(principal.accountId, platform, wanted(platform, 'video')),
        ]);
        return { platform, accounts, videos };
      }),
    );
    const accounts = new Map(
      found.flatMap(({ platform, accounts: matches }) =>
        matches.map(({ matchedBy, ...creator }) => [keyOf(platform, matchedBy), creator] as const),
      ),
    );
    const videos = new Map(
      found.flatMap(({ platform, videos: matches }) =>
        matches.map((match) => [keyOf(platform, match.video.externalId), match] as const),
      ),
    );
    const unmatched = (type: ResourceType) =>
      wanted('YOUTUBE', type).filter((identifier) =>
        type === 'account'
          ? !accounts.has(keyOf('YOUTUBE', identifier))
          : !videos.has(keyOf('YOUTUBE', identifier)),
      );
    const [publicAccounts, publicVideos] = await Promise.all([
      this.publicChannels(unmatched('account')),
      this.youtube.videos(unmatched('video')),
    ]);

    const answer = (item: ResourceLookupInput): ResourceMatch => {
      const { platform, identifier } = item;
      const key = keyOf(platform, identifier);
      const base = { platform, identifier } as const;
      if (item.type === 'account') {
        const creator = accounts.get(key);
        if (creator) {
          return {
            ...base,
            type: 'account',
            status: 'found',
            found: true,
            source: 'connected',
            creator,
          };
        }
      } else {
        const video = videos.get(key);
        if (video) {
          return {
            ...base,
            type: 'video',
            status: 'found',
            found: true,
            source: 'connected',
            creatorId: video.creatorId,
            video: video.video,
          };
        }
      }
      if (!PUBLIC_LOOKUP_PLATFORMS.has(platform)) {
        return {
          ...base,
          type: item.type,
          status: 'not_found',
          found: false,
          reason: 'not_connected',
        };
      }
      return item.type === 'account'
        ? publicAccount(base, publicAccounts.get(identifier))
        : publicVideo(base, publicVideos.get(identifier));
    };
    return { results: input.resources.map(answer) };
  }

  private async publicChannels(
    identifiers: readonly string[],
  ): Promise<Map<string, PublicOutcome<PlatformProfile>>> {
    const outcomes = await Promise.all(
      identifiers.map(
        async (identifier) => [identifier, await this.youtube.channel(identifier)] as const,
      ),
    );
    return new Map(outcomes);
  }
}

type Base = Pick<ResourceMatch, 'platform' | 'identifier'>;
type Miss = PublicOutcome<never> & { status: 'not_found' | 'quota_exhausted' };

/** A public lookup that found nothing: the platform has nothing by that name, or the quota is spent. */
function missed(base: Base, type: ResourceType, outcome: Miss | undefined): ResourceMatch {
  return outcome?.status === 'quota_exhausted'
    ? {
        ...base,
        type,
        status: 'not_found',
        found: false,
        reason: 'quota_exhausted',
        retryAfterSeconds: outcome.retryAfterSeconds,
      }
    : { ...base, type, status: 'not_found', found: false, reason: 'not_found' };
}

function publicAccount(
  base: Base,
  outcome: PublicOutcome<PlatformProfile> | undefined,
): ResourceMatch {
  if (outcome?.status !== 'found') return missed(base, 'account', outcome);
  const account = publicAccountView(outcome.item);
  return { ...base, type: 'account', status: 'found', found: true, source: 'public', account };
}

function publicVideo(base: Base, outcome: PublicOutcome<PlatformMedia> | undefined): ResourceMatch {
  if (outcome?.status !== 'found') return missed(base, 'video', outcome);
  const video = publicVideoView(outcome.item);
  return { ...base, type: 'video', status: 'found', found: true, source: 'public', video };
}
