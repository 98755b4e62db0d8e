import {
  Principal,
  ResourceMatch,
  ResourceSearchResult,
  SearchResourcesInput,
} from '@tally/contracts';
import { CreatorsRepository, VideosRepository } from '@tally/creators-data';
import { Injectable } from '@nestjs/common';

/** Resolves platform identifiers against the account's connected creators and their videos. */
@Injectable()
export class ResourcesService {
  constructor(
    private readonly creators: CreatorsRepository,
    private readonly videos: VideosRepository,
  ) {}

  async search(principal: Principal, input: SearchResourcesInput): Promise<ResourceSearchResult> {
    const wanted = (type: 'account' | 'video') => [
      ...new Set(
        input.resources.filter((item) => item.type === type).map((item) => item.identifier),
      ),
    ];
    const [accounts, videos] = await Promise.all([
      this.creators.findByIdentifiers(principal.accountId, 'TIKTOK', wanted('account')),
      this.videos.findByExternalIds(principal.accountId, 'TIKTOK', wanted('video')),
    ]);
    const accountsByIdentifier = new Map(accounts.map((creator) => [creator.matchedBy, creator]));
    const videosByExternalId = new Map(videos.map((found) => [found.video.externalId, found]));
    const results = input.resources.map((item): ResourceMatch => {
      if (item.type === 'account') {
        const found = accountsByIdentifier.get(item.identifier);
        if (found) {
          const { matchedBy: _matchedBy, ...creator } = found;
          return {
            platform: 'tiktok',
            type: 'account',
            identifier: item.identifier,
            status: 'found',
            creator,
          };
        }
      } else {
        const found = videosByExternalId.get(item.identifier);
        if (found) {
          return {
            platform: 'tiktok',
            type: 'video',
            identifier: item.identifier,
            status: 'found',
            creatorId: found.creatorId,
            video: found.video,
          };
        }
      }
      return {
        platform: 'tiktok',
        type: item.type,
        identifier: item.identifier,
        status: 'not_found',
      };
    });
    return { results };
  }
}
