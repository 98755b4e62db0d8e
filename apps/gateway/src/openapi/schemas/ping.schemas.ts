import type { PlatformPing } from '@tally/contracts';
import { objectSchema, stringEnum } from './schema-helpers.js';

export const platformPingSchema = objectSchema<PlatformPing>(
  { identity: stringEnum(['ok']), creators: stringEnum(['ok']) },
  { description: 'Every backing service answered.' },
);
