import { z } from 'zod';
import {
  isSupportedPlatform,
  parsePlatform,
  platformNotSupportedMessage,
  PLATFORMS,
} from './platforms.js';

/**
 * A `platform` field of an input: accepted in any letter case and answered in
 * uppercase; an unknown value is `validation_failed` naming the platforms, a
 * known one that is not supported yet is `platform_not_supported`.
 */
export const PlatformInputSchema = z
  .preprocess(
    (value) => parsePlatform(value) ?? value,
    z.enum(PLATFORMS, {
      error: `platform must be one of: ${PLATFORMS.join(', ')} (in any letter case)`,
    }),
  )
  .superRefine((platform, context) => {
    if (isSupportedPlatform(platform)) return;
    context.addIssue({
      code: 'custom',
      message: platformNotSupportedMessage(platform),
      params: { code: 'platform_not_supported' },
    });
  });
