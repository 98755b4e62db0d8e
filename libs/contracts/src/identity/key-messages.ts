import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import type { ApiKeyType } from './api-key-format.js';
import { KEY_EXPIRY_DAYS, MAX_ROLL_GRACE_DAYS, ORIGIN_PATTERN } from './key-policy.js';
import { ENVIRONMENTS, type Environment, type Permission } from './permissions.js';

export { KEY_EXPIRY_DAYS, MAX_ROLL_GRACE_DAYS, ORIGIN_PATTERN } from './key-policy.js';

export class CreateKeyInput {
  @IsString()
  @Length(1, 100)
  name!: string;

  @IsIn(['secret', 'publishable'], { message: 'type must be one of: secret, publishable' })
  type!: ApiKeyType;

  @IsIn(ENVIRONMENTS, { message: 'environment must be one of: development, production' })
  environment!: Environment;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  roles!: string[];

  @IsIn(KEY_EXPIRY_DAYS, { message: `expiresInDays must be one of: ${KEY_EXPIRY_DAYS.join(', ')}` })
  expiresInDays!: (typeof KEY_EXPIRY_DAYS)[number];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  @Matches(ORIGIN_PATTERN, {
    each: true,
    message: 'allowedOrigins must be origins like https://app.example.com',
  })
  allowedOrigins?: string[];
}

export class RollKeyInput {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_ROLL_GRACE_DAYS)
  gracePeriodDays?: number;
}

/**
 * The credential that created a key. Ids (and names) are null when it no
 * longer exists; keys made by the operator CLI say `system`.
 */
export type KeyCreator =
  | { type: 'user'; id: string | null; email: string | null }
  | { type: 'key'; id: string | null; name: string | null; start: string | null }
  | { type: 'oauth_client'; id: string | null; name: string | null }
  | { type: 'system'; id: null };

/** An API key as listings show it: never the secret, only its start. */
export interface ApiKeyView {
  id: string;
  name: string;
  start: string;
  type: ApiKeyType;
  environment: Environment;
  roles: { id: string; name: string }[];
  permissions: Permission[];
  allowedOrigins: string[];
  createdAt: string;
  createdBy: KeyCreator;
  lastUsedAt: string | null;
  expiresAt: string;
  revokedAt: string | null;
  replacedBy: string | null;
}

/** The only answer that carries the key itself: the one to its creation (or roll). */
export interface CreatedApiKey extends ApiKeyView {
  key: string;
}

export type KeyVerificationFailure = 'malformed' | 'unknown' | 'expired' | 'revoked';
