// The API's shapes as the dashboard reads them: the contracts' own types
// (erased at build time: nothing of the contracts' runtime reaches the bundle).
export type {
  AccountRole,
  ApiKeyView,
  AuditEventView,
  ConnectPopupMessage,
  ConnectStarted,
  CreatedApiKey,
  CreatedOAuthClient,
  CreatorProfile,
  CreatorView,
  Disconnected,
  Environment,
  OAuthClientView,
  Page,
  Permission,
  RoleView,
  StatsHistory,
  StatsSnapshotView,
  SyncOutcome,
  SyncStatusView,
  VideoView,
  UsageReport,
  WhoAmI,
} from '@tally/contracts';
import type { SessionCreated } from '@tally/contracts';

/** What sign-up and sign-in answer: the session, without its token (that is in the httpOnly cookie). */
export type SessionView = Omit<SessionCreated, 'sessionToken'>;
