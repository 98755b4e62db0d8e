import { IsIn, IsOptional } from 'class-validator';
import { USAGE_PERIODS, type UsagePeriod } from './usage-views.js';

/** `GET /api/v1/usage?period=`: 24h unless told. */
export class UsageQuery {
  @IsOptional()
  @IsIn(USAGE_PERIODS, { message: `period must be one of: ${USAGE_PERIODS.join(', ')}` })
  period?: UsagePeriod;
}
