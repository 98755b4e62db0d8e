import { z } from 'zod';
import { schemaClass } from '../messaging/schema-class.js';
import { USAGE_PERIODS } from './usage-constants.js';

/** `GET /api/v1/usage?period=`: 24h unless told. */
export const UsageQuerySchema = z.strictObject({ period: z.enum(USAGE_PERIODS).optional() });

export class UsageQuery extends schemaClass(UsageQuerySchema) {}
