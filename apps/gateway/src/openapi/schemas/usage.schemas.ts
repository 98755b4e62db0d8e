import {
  CREDENTIAL_TYPES,
  USAGE_PERIODS,
  type CredentialUsage,
  type EnvironmentUsage,
  type PoolState,
  type UsageCounts,
  type UsageReport,
  type UsageSeriesPoint,
} from '@tally/contracts';
import type { SchemaObject } from '@nestjs/swagger';
import { arrayOf, dateTime, objectSchema, stringEnum, text } from './schema-helpers.js';
import { schemaRef } from './schema-ref.js';

const count = (description: string): SchemaObject => ({
  type: 'integer',
  minimum: 0,
  description,
});

const counts: { [K in keyof UsageCounts]-?: SchemaObject } = {
  requests: count('succeeded + failed + refused.'),
  succeeded: count('Answered with a status below 400.'),
  failed: count('Answered with a status from 400 up, other than a rate-limit refusal.'),
  refused: count("Refused with 429 by the gateway's rate limiter."),
};

const seriesPointSchema = objectSchema<UsageSeriesPoint>({
  start: dateTime('The start of the bucket; it lasts `bucketSeconds`.'),
  ...counts,
});

const credentialUsageSchema = objectSchema<CredentialUsage>({
  credentialType: stringEnum(CREDENTIAL_TYPES),
  credentialId: text(
    "The API key's `id`, the OAuth client's `id` (not its `clientId`) or the dashboard session's id.",
  ),
  environment: schemaRef('Environment'),
  ...counts,
});

const environmentUsageSchema = objectSchema<EnvironmentUsage>({
  environment: schemaRef('Environment'),
  ...counts,
});

const poolStateSchema = objectSchema<PoolState>(
  {
    environment: schemaRef('Environment'),
    limit: count('Requests allowed per window (an override set by an operator included).'),
    windowSeconds: count('The length of a window.'),
    used: count('Requests counted in the running window.'),
    remaining: count('Requests left in the running window.'),
    resetSeconds: count(
      'Seconds until the running window ends; a whole window when none is running (it starts with the next request).',
    ),
  },
  { description: "The account's rate-limit pool for one environment, now." },
);

export const usageReportSchema = objectSchema<UsageReport>(
  {
    period: stringEnum(USAGE_PERIODS),
    from: dateTime('The start of the oldest bucket.'),
    to: dateTime('When the report was made; the newest bucket is still filling.'),
    bucketSeconds: count('3600 for 24h, 21600 for 7d.'),
    totals: objectSchema<UsageCounts>(counts),
    series: arrayOf(
      seriesPointSchema,
      'Every bucket of the period, oldest first, empty ones included.',
    ),
    byCredential: arrayOf(
      credentialUsageSchema,
      'Credentials that made requests, most requests first.',
    ),
    byEnvironment: arrayOf(environmentUsageSchema, 'development, then production, always both.'),
    pools: arrayOf(poolStateSchema, 'development, then production.'),
  },
  {
    description:
      "The account's requests by outcome over the period, and its rate-limit pools as they stand now.",
  },
);
