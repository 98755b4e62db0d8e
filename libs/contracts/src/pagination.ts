import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** `?limit=&cursor=` as the gateway receives them. */
export class PageQueryInput {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}

/** A place in a list ordered newest first: the sort value and id of the row to continue from. */
export interface PagePosition {
  sortValue: string;
  id: string;
  direction: 'after' | 'before';
}

/** What services take: the gateway has already checked and decoded the cursor. */
export interface PageRequest {
  limit: number;
  position?: PagePosition;
}

export interface PageResult<T> {
  items: T[];
  /** Continue after the last item (null at the end). */
  next: PagePosition | null;
  /** Go back before the first item (null at the start). */
  prev: PagePosition | null;
}

/** The public list shape (see design.md): opaque cursors instead of positions. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  prevCursor: string | null;
  hasMoreAfter: boolean;
  hasMoreBefore: boolean;
}
