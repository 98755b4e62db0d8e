import { z } from 'zod';

export type NodeEnv = 'development' | 'production' | 'test';

/**
 * The development values committed to this repository. Development and tests
 * fall back to them; production refuses every one of them, in any variable.
 */
export const DEVELOPMENT_SECRETS = {
  KEY_HASH_SECRET: 'tally-development-key-hash-secret-do-not-use-in-production',
  CURSOR_SECRET: 'tally-development-cursor-secret-do-not-use-in-production',
  SIGNING_KEY_ENCRYPTION_KEY: 'tally-development-signing-key-secret-do-not-use-in-production',
  TOKEN_ENCRYPTION_KEY: `dev:${Buffer.alloc(32, 'tally-development-token-key').toString('base64')}`,
} as const;

const KNOWN_DEVELOPMENT_VALUES: ReadonlySet<string> = new Set(Object.values(DEVELOPMENT_SECRETS));

export interface SecretSetting {
  /** Used when the variable is unset in development and tests; without one, the secret is optional everywhere. */
  development?: string;
  /** The shortest value accepted (in every environment); its format may be checked elsewhere. */
  minLength?: number;
}

/** Only an explicit development or test run may use the repository's values. */
export function allowsDevelopmentSecrets(nodeEnv: NodeEnv): boolean {
  return nodeEnv === 'development' || nodeEnv === 'test';
}

export function isKnownDevelopmentSecret(value: string): boolean {
  return KNOWN_DEVELOPMENT_VALUES.has(value.trim());
}

/** The value to use, or what is wrong with the one given (to be prefixed with the variable's name). */
export type SecretResolution = { value: string | undefined } | { problem: string };

/**
 * One secret variable, as every app reads it: required unless NODE_ENV is
 * development or test (there, unset falls back to its development value), at
 * least `minLength` long, and never a development value in production.
 */
export function resolveSecret(
  value: string | undefined,
  nodeEnv: NodeEnv,
  setting: SecretSetting,
): SecretResolution {
  const developmentAllowed = allowsDevelopmentSecrets(nodeEnv);
  if (value === undefined || value === '') {
    if (setting.development === undefined) return { value: undefined };
    if (developmentAllowed) return { value: setting.development };
    return {
      problem: `is required unless NODE_ENV is development or test (NODE_ENV is ${nodeEnv}; unset means production)`,
    };
  }
  if (setting.minLength !== undefined && value.length < setting.minLength) {
    return { problem: `must be at least ${setting.minLength} characters` };
  }
  if (!developmentAllowed && isKnownDevelopmentSecret(value)) {
    return {
      problem:
        'is a development value committed to the repository; production needs its own (openssl rand -base64 48)',
    };
  }
  return { value };
}

type ResolvedSecrets<Settings extends Record<string, SecretSetting>> = {
  [Name in keyof Settings]: Settings[Name] extends { development: string }
    ? string
    : string | undefined;
};

/**
 * For an app's env schema: `.transform(withSecrets({ CURSOR_SECRET: { ... } }))`
 * after declaring each variable with `env.secret()`. Reports every problem as a
 * ConfigError line naming its variable.
 */
export function withSecrets<const Settings extends Record<string, SecretSetting>>(
  settings: Settings,
) {
  return <Config extends { NODE_ENV: NodeEnv } & Partial<Record<keyof Settings, string>>>(
    config: Config,
    context: z.RefinementCtx,
  ): Omit<Config, keyof Settings> & ResolvedSecrets<Settings> => {
    const resolved: Record<string, string | undefined> = {};
    for (const [variable, setting] of Object.entries(settings)) {
      const value = (config as Record<string, unknown>)[variable] as string | undefined;
      const outcome = resolveSecret(value, config.NODE_ENV, setting);
      if ('problem' in outcome) {
        context.addIssue({ code: 'custom', path: [variable], message: outcome.problem });
      } else {
        resolved[variable] = outcome.value;
      }
    }
    return { ...config, ...resolved } as Omit<Config, keyof Settings> & ResolvedSecrets<Settings>;
  };
}
