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
import { Injectable } from '@nestjs/common';

const keyOf = (platform: Platform, identifier: string) => `${platform}\u0000${identifier}`;

/** Resolves platform identifiers against the account's connected creators and their videos. */
@Injectable()
export class ResourcesService {
  constructor(
    private readonly creators: CreatorsRepository,
    private readonly videos: VideosRepository,
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
    const answer = (item: ResourceLookupInput): ResourceMatch => {
      const { platform, identifier } = item;
      const key = keyOf(platform, identifier);
      const creator = item.type === 'account' ? accounts.get(key) : undefined;
      if (creator) return { platform, type: 'account', identifier, status: 'found', creator };
      const video = item.type === 'video' ? videos.get(key) : undefined;
      if (video) {
        return {
          platform,
          type: 'video',
          identifier,
          status: 'found',
          creatorId: video.creatorId,
          video: video.video,
        };
      }
      return { platform, type: item.type, identifier, status: 'not_found' };
    };
    return { results: input.resources.map(answer) };
  }
}
