// The API's shapes as the dashboard reads them: the contracts' own types
// (erased at build time: nothing of the contracts' runtime reaches the bundle).
export type {
  AccountRole,
  ApiKeyView,
  AuditEventView,
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
import type { UsageReport } from '@tally/contracts';

export interface SessionView {
  user: { id: string; email: string; accountRole: 'owner' | 'admin' | 'member' };
  account: { id: string; name: string };
  expiresAt: string;
  csrfToken: string;
}

/** `GET /api/v1/usage`. */
export type UsageView = UsageReport;
