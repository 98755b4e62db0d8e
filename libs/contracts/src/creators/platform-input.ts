import { Transform } from 'class-transformer';
import { IsIn, ValidateBy } from 'class-validator';
import {
  isSupportedPlatform,
  parsePlatform,
  platformNotSupportedMessage,
  PLATFORMS,
} from './platforms.js';

/** The rule that refuses a known platform that is not supported yet, by its name. */
export const SUPPORTED_PLATFORM_RULE = 'isSupportedPlatform';

/**
 * A `platform` field of an input: accepted in any letter case and stored in
 * uppercase; an unknown value is `validation_failed`, a known one that is not
 * supported yet is `platform_not_supported`.
 */
export function IsPlatform(): PropertyDecorator {
  const canonical = Transform(({ value }: { value: unknown }) => parsePlatform(value) ?? value);
  const known = IsIn(PLATFORMS, {
    message: ({ property }) =>
      `${property} must be one of: ${PLATFORMS.join(', ')} (in any letter case)`,
  });
  const supported = ValidateBy(
    {
      name: SUPPORTED_PLATFORM_RULE,
      validator: {
        validate: (value: unknown) => {
          const platform = parsePlatform(value);
          return platform === null || isSupportedPlatform(platform);
        },
      },
    },
    {
      message: ({ value }) => platformNotSupportedMessage(parsePlatform(value) ?? PLATFORMS[0]),
      context: { errorCode: 'platform_not_supported' },
    },
  );
  return (target, property) => {
    canonical(target, property);
    known(target, property);
    supported(target, property);
  };
}
