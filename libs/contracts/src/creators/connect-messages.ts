import { IsOptional, IsString, IsUrl, Length, Matches, MaxLength } from 'class-validator';
import type { AuditActorRef } from '../identity/audit-actions.js';
import type { RequestedBy } from '../identity/audit-messages.js';
import type { Scoped } from '../identity/messages.js';

export const CONNECT_STATE_TTL_SECONDS = 600;

/** `POST /api/v1/connect/tiktok`: everything optional. */
export class StartConnectInput {
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'redirectUrl must be an http(s) URL' },
  )
  redirectUrl?: string;

  @IsOptional()
  @IsString()
  @Length(1, 256)
  @Matches(/^[\x20-\x7e]+$/, { message: 'externalUserId must be printable ASCII' })
  externalUserId?: string;
}

export interface StartConnectRequest extends Scoped {
  input: StartConnectInput;
}

export interface ConnectStarted {
  authUrl: string;
  state: string;
  expiresAt: string;
}

/** The query TikTok sends the creator's browser back with, as the gateway received it. */
export interface CompleteConnectRequest {
  state?: string;
  code?: string;
  error?: string;
  errorDescription?: string;
}

export type ConnectFailureReason =
  | 'invalid_request'
  | 'unknown_state'
  | 'state_used'
  | 'state_expired'
  | 'access_denied'
  | 'exchange_failed'
  | 'profile_failed'
  | 'upstream_unavailable';

/**
 * How a callback ended. `redirectUrl` is the customer's page to send the
 * browser to (null: show Tally's own page, which tells a popup opener).
 */
export type ConnectOutcome =
  | {
      status: 'connected';
      creatorId: string;
      username: string | null;
      displayName: string | null;
      redirectUrl: string | null;
    }
  | {
      status: 'failed';
      reason: ConnectFailureReason;
      message: string;
      redirectUrl: string | null;
    };

export interface CreatorConnectedEvent {
  accountId: string;
  creatorId: string;
  platform: string;
  externalId: string;
  username: string | null;
  reconnected: boolean;
  /** The credential that started the connect flow (`system` for states made before it was kept). */
  actor: AuditActorRef;
}

export interface CreatorDisconnectedEvent {
  accountId: string;
  creatorId: string;
  platform: string;
  externalId: string;
  username: string | null;
  actor: AuditActorRef;
}

export interface CreatorSyncRequestedEvent {
  accountId: string;
  creatorId: string;
  platform: string;
  username: string | null;
  jobId: string;
  actor: AuditActorRef;
}

export interface CreatorSyncedEvent {
  accountId: string;
  creatorId: string;
  syncedAt: string;
  videos: number;
  videosChanged: number;
  platform?: string;
  username?: string | null;
  /** Set when a person or key asked for this sync; absent for the scheduler's. */
  requestedBy?: RequestedBy | null;
}

export interface CreatorSyncFailedEvent {
  accountId: string;
  creatorId: string;
  platform: string;
  username: string | null;
  reason: string;
  requestedBy: RequestedBy | null;
}

export interface CreatorReauthRequiredEvent {
  accountId: string;
  creatorId: string;
  reason: string;
  platform?: string;
  username?: string | null;
}

/**
 * What the callback page posts to `window.opener` when the connect flow ran
 * in a popup (the dashboard's "Connect TikTok", or a customer's own page).
 */
export type ConnectPopupMessage =
  | { type: 'tally:connect'; status: 'connected'; creatorId: string }
  | { type: 'tally:connect'; status: 'error'; reason: string; message: string };
