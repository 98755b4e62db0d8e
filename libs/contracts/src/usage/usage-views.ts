import { z } from 'zod';
import { count, dateTimeText } from '../http/formats.js';
import { EnvironmentSchema } from '../identity/permission-schemas.js';
import { CREDENTIAL_TYPES } from '../identity/principal.js';
import { USAGE_PERIODS } from './usage-constants.js';

export { USAGE_OUTCOMES, USAGE_PERIODS } from './usage-constants.js';
export type { UsageOutcome, UsagePeriod } from './usage-constants.js';

/** Requests counted by outcome; `requests` is their sum. */
const usageCounts = {
  requests: count().describe('succeeded + failed + refused.'),
  succeeded: count().describe('Answered with a status below 400.'),
  failed: count().describe('Answered with a status from 400 up, other than a rate-limit refusal.'),
  refused: count().describe("Refused with 429 by the gateway's rate limiter."),
};

export const UsageCountsSchema = z.object(usageCounts);
export type UsageCounts = z.output<typeof UsageCountsSchema>;

/** One bucket of the time series, `start` inclusive, `bucketSeconds` long. */
export const UsageSeriesPointSchema = z.object({
  start: dateTimeText().describe('The start of the bucket; it lasts `bucketSeconds`.'),
  ...usageCounts,
});
export type UsageSeriesPoint = z.output<typeof UsageSeriesPointSchema>;

export const CredentialUsageSchema = z.object({
  credentialType: z.enum(CREDENTIAL_TYPES),
  credentialId: z
    .string()
    .describe(
      "The API key's `id`, the OAuth client's `id` (not its `clientId`) or the dashboard session's id.",
    ),
  environment: EnvironmentSchema,
  ...usageCounts,
});
export type CredentialUsage = z.output<typeof CredentialUsageSchema>;

export const EnvironmentUsageSchema = z.object({ environment: EnvironmentSchema, ...usageCounts });
export type EnvironmentUsage = z.output<typeof EnvironmentUsageSchema>;

export const PoolStateSchema = z
  .object({
    environment: EnvironmentSchema,
    limit: count().describe(
      'Requests allowed per window (an override set by an operator included).',
    ),
    windowSeconds: count().describe('The length of a window.'),
    used: count().describe('Requests counted in the running window.'),
    remaining: count().describe('Requests left in the running window.'),
    resetSeconds: count().describe(
      'Seconds until the running window ends; a whole window when none is running (it starts with the next request).',
    ),
  })
  .describe("The account's rate-limit pool for one environment, now.");
export type PoolState = z.output<typeof PoolStateSchema>;

/** `GET /api/v1/usage`: the account's requests over a period, and its pools now. */
export const UsageReportSchema = z
  .object({
    period: z.enum(USAGE_PERIODS),
    from: dateTimeText().describe('The start of the oldest bucket.'),
    to: dateTimeText().describe('When the report was made; the newest bucket is still filling.'),
    bucketSeconds: count().describe('3600 for 24h, 21600 for 7d.'),
    totals: UsageCountsSchema,
    series: z
      .array(UsageSeriesPointSchema)
      .describe('Every bucket of the period, oldest first, empty ones included.'),
    byCredential: z
      .array(CredentialUsageSchema)
      .describe('Credentials that made requests, most requests first.'),
    byEnvironment: z
      .array(EnvironmentUsageSchema)
      .describe('development, then production, always both.'),
    pools: z.array(PoolStateSchema).describe('development, then production.'),
  })
  .describe(
    "The account's requests by outcome over the period, and its rate-limit pools as they stand now.",
  );
export type UsageReport = z.output<typeof UsageReportSchema>;
