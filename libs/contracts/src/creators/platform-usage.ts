import { z } from 'zod';
import { count, dateTimeText } from '../http/formats.js';
import { PlatformSchema } from './creator-views.js';

export const PlatformQuotaViewSchema = z
  .object({
    unitsPerDay: count().describe('The daily quota, in units.'),
    used: count().describe('Units spent today, by every sync and lookup of Tally.'),
    remaining: count().describe('Units left today, the reserve included.'),
    reserve: count().describe(
      'Units scheduled syncs never spend: kept for syncs customers ask for, connects and public lookups.',
    ),
    resetsAt: dateTimeText().describe('When the quota is whole again (midnight Pacific time).'),
  })
  .describe("A platform's daily quota, as every Tally process shares it.");
export type PlatformQuotaView = z.output<typeof PlatformQuotaViewSchema>;

export const PlatformUsageViewSchema = z
  .object({
    platform: PlatformSchema,
    limit: z
      .string()
      .describe(
        'The limit Tally keeps for the platform, in words: `600 calls per minute per endpoint`, `200 calls per hour per creator`, `10000 units per day`.',
      ),
    quota: PlatformQuotaViewSchema.nullable().describe(
      'The daily quota where the platform has one (YouTube); null otherwise.',
    ),
  })
  .describe("How much of a platform's budget Tally is using.");
export type PlatformUsageView = z.output<typeof PlatformUsageViewSchema>;

export const PlatformUsageReportSchema = z
  .object({ platforms: z.array(PlatformUsageViewSchema).describe('One per platform.') })
  .describe("The platforms' budgets Tally shares among every customer's creators.");
export type PlatformUsageReport = z.output<typeof PlatformUsageReportSchema>;
