import type { CredentialType } from '../identity/principal.js';
import type { Environment } from '../identity/permissions.js';

/** The windows `GET /api/v1/usage` reports on. */
export const USAGE_PERIODS = ['24h', '7d'] as const;
export type UsagePeriod = (typeof USAGE_PERIODS)[number];

/**
 * What became of an authenticated request: `succeeded` (status below 400),
 * `refused` (the gateway's own rate limiter answered 429), `failed` (any other
 * status from 400 up).
 */
export const USAGE_OUTCOMES = ['succeeded', 'failed', 'refused'] as const;
export type UsageOutcome = (typeof USAGE_OUTCOMES)[number];

/** Requests counted by outcome; `requests` is their sum. */
export interface UsageCounts {
  requests: number;
  succeeded: number;
  failed: number;
  refused: number;
}

/** One bucket of the time series, `start` inclusive, `bucketSeconds` long. */
export interface UsageSeriesPoint extends UsageCounts {
  start: string;
}

/**
 * One credential's requests: `credentialId` is the API key's id (`GET
 * /api/v1/keys`), the OAuth client's id (`id`, not `clientId`, of `GET
 * /api/v1/oauth-clients`) or the dashboard session's id.
 */
export interface CredentialUsage extends UsageCounts {
  credentialType: CredentialType;
  credentialId: string;
  environment: Environment;
}

export interface EnvironmentUsage extends UsageCounts {
  environment: Environment;
}

/** The account's rate-limit pool for one environment as it stands now. */
export interface PoolState {
  environment: Environment;
  limit: number;
  windowSeconds: number;
  used: number;
  remaining: number;
  /** Seconds until the window ends (a full window when none is running: it starts with the next request). */
  resetSeconds: number;
}

/** `GET /api/v1/usage`: the account's requests over a period, and its pools now. */
export interface UsageReport {
  period: UsagePeriod;
  /** The start of the oldest bucket. */
  from: string;
  /** When the report was made: the newest bucket is still filling. */
  to: string;
  bucketSeconds: number;
  totals: UsageCounts;
  /** Every bucket of the period, oldest first, empty ones included. */
  series: UsageSeriesPoint[];
  /** Most requests first. */
  byCredential: CredentialUsage[];
  /** development, then production, with or without requests. */
  byEnvironment: EnvironmentUsage[];
  /** development, then production. */
  pools: PoolState[];
}
