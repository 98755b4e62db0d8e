import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import type { Scoped } from '../identity/messages.js';
import { PageQueryInput, type PageRequest } from '../pagination.js';
import { MAX_HISTORY_POINTS, type CreatorView, type VideoView } from './creator-views.js';
import { IsPlatform } from './platform-input.js';

export { SUPPORTED_PLATFORM_RULE } from './platform-input.js';
import type { Platform } from './platforms.js';

/** `GET /api/v1/creators`: paging plus filters. */
export class ListCreatorsQuery extends PageQueryInput {
  @IsOptional()
  @IsString()
  @Length(1, 128)
  externalId?: string;

  @IsOptional()
  @IsPlatform()
  platform?: Platform;
}

export interface CreatorFilter {
  externalId?: string;
  platform?: Platform;
}

export interface ListCreatorsRequest extends Scoped {
  page: PageRequest;
  filter: CreatorFilter;
}

export interface CreatorRequest extends Scoped {
  creatorId: string;
}

export interface ListVideosRequest extends CreatorRequest {
  page: PageRequest;
}

/** `GET /api/v1/creators/:id/stats/history`: a time range, oldest first. */
export class StatsHistoryQuery {
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date-time' })
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date-time' })
  to?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_HISTORY_POINTS)
  limit?: number;
}

export interface StatsHistoryRequest extends CreatorRequest {
  query: StatsHistoryQuery;
}

export interface Disconnected {
  disconnected: true;
  /** False when the platform could not be reached: the revocation is retried in the background. */
  revokedUpstream: boolean;
}

export const RESOURCE_TYPES = ['account', 'video'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export class ResourceLookupInput {
  @IsPlatform()
  platform!: Platform;

  @IsIn(RESOURCE_TYPES)
  type!: ResourceType;

  @IsString()
  @Length(1, 128)
  identifier!: string;
}

export const MAX_RESOURCES_PER_SEARCH = 50;

/** `POST /api/v1/resources/search`. */
export class SearchResourcesInput {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RESOURCES_PER_SEARCH)
  @ValidateNested({ each: true })
  @Type(() => ResourceLookupInput)
  resources!: ResourceLookupInput[];
}

export interface SearchResourcesRequest extends Scoped {
  input: SearchResourcesInput;
}

/** Each answer names its platform in uppercase, however the lookup spelled it. */
export type ResourceMatch =
  | {
      platform: Platform;
      type: 'account';
      identifier: string;
      status: 'found';
      creator: CreatorView;
    }
  | {
      platform: Platform;
      type: 'video';
      identifier: string;
      status: 'found';
      creatorId: string;
      video: VideoView;
    }
  | { platform: Platform; type: ResourceType; identifier: string; status: 'not_found' };

export interface ResourceSearchResult {
  results: ResourceMatch[];
}
