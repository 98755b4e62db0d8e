import {
  CREDENTIAL_TYPES,
  ENVIRONMENTS,
  USAGE_OUTCOMES,
  type CredentialType,
  type Environment,
  type UsageOutcome,
} from '@tally/contracts';

// Every key below gets REDIS_KEY_PREFIX in front of it from ioredis' keyPrefix,
// as the rate limiter's keys do.

export const HOUR_SECONDS = 3600;

/**
 * How long an hourly bucket lives after its hour began: the 7-day report reads
 * the current hour and the 167 before it, so 168 hours, plus one of margin.
 */
export const BUCKET_TTL_SECONDS = 169 * HOUR_SECONDS;

/** The start of the hour that `epochMs` falls in, in epoch seconds. */
export function hourStartOf(epochMs: number): number {
  return Math.floor(epochMs / (HOUR_SECONDS * 1000)) * HOUR_SECONDS;
}

/** One hash per account and hour. */
export function usageKey(accountId: string, hourStart: number): string {
  return 'usage:' + accountId + ':' + hourStart;
}

/** What a bucket counts by: one field per credential, environment and outcome. */
export interface UsageFieldParts {
  credentialType: CredentialType;
  credentialId: string;
  environment: Environment;
  outcome: UsageOutcome;
}

const SEPARATOR = '|';

export function usageField(
  credentialType: CredentialType,
  credentialId: string,
  environment: Environment,
  outcome: UsageOutcome,
): string {
  return credentialType + SEPARATOR + credentialId + SEPARATOR + environment + SEPARATOR + outcome;
}

function isCredentialType(value: string): value is CredentialType {
  return (CREDENTIAL_TYPES as readonly string[]).includes(value);
}

function isEnvironment(value: string): value is Environment {
  return (ENVIRONMENTS as readonly string[]).includes(value);
}

function isOutcome(value: string): value is UsageOutcome {
  return (USAGE_OUTCOMES as readonly string[]).includes(value);
}

/** The parts of a field, or undefined for one this code did not write. */
export function parseUsageField(field: string): UsageFieldParts | undefined {
  const first = field.indexOf(SEPARATOR);
  const last = field.lastIndexOf(SEPARATOR);
  const beforeLast = field.lastIndexOf(SEPARATOR, last - 1);
  if (first === -1 || beforeLast <= first) return undefined;
  // Ids are not expected to hold the separator; if one does, it stays in the middle part.
  const credentialType = field.slice(0, first);
  const credentialId = field.slice(first + 1, beforeLast);
  const environment = field.slice(beforeLast + 1, last);
  const outcome = field.slice(last + 1);
  if (
    !isCredentialType(credentialType) ||
    credentialId === '' ||
    !isEnvironment(environment) ||
    !isOutcome(outcome)
  )
    return undefined;
  return { credentialType, credentialId, environment, outcome };
}
