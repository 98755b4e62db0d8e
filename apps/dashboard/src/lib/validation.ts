import { ORIGIN_PATTERN } from '@tally/contracts/browser';

export type Errors<T extends string> = Partial<Record<T, string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MIN_PASSWORD_LENGTH = 12;

export function validateSignIn(input: {
  email: string;
  password: string;
}): Errors<'email' | 'password'> {
  const errors: Errors<'email' | 'password'> = {};
  if (!EMAIL.test(input.email.trim()))
    errors.email = 'Enter your email address, like you@company.com.';
  if (!input.password) errors.password = 'Enter your password.';
  return errors;
}

export function validateSignUp(input: {
  accountName: string;
  email: string;
  password: string;
}): Errors<'accountName' | 'email' | 'password'> {
  const errors: Errors<'accountName' | 'email' | 'password'> = {};
  const name = input.accountName.trim();
  if (!name) errors.accountName = 'Enter the name of your company or team.';
  else if (name.length > 200) errors.accountName = 'Keep the name under 200 characters.';
  if (!EMAIL.test(input.email.trim()))
    errors.email = 'Enter your email address, like you@company.com.';
  if (input.password.length < MIN_PASSWORD_LENGTH)
    errors.password = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  else if (input.password.length > 256) errors.password = 'Use at most 256 characters.';
  return errors;
}

export function validateName(name: string, max = 100): string | undefined {
  const trimmed = name.trim();
  if (!trimmed) return 'Give it a name you will recognise later.';
  if (trimmed.length > max) return `Keep the name under ${max} characters.`;
  return undefined;
}

/** One origin per line (or comma separated) → the list, or the first line that is not an origin. */
export function parseOrigins(text: string): { origins: string[]; error?: string } {
  const origins = text
    .split(/[\n,]/)
    .map((line) => line.trim().replace(/\/$/, ''))
    .filter(Boolean);
  const wrong = origins.find((origin) => !ORIGIN_PATTERN.test(origin));
  if (wrong)
    return { origins, error: `"${wrong}" is not an origin: write it like https://app.example.com` };
  if (origins.length > 20) return { origins, error: 'Up to 20 origins.' };
  return { origins };
}

export function validateRoleName(name: string): string | undefined {
  if (!name) return 'Give the role a name.';
  if (name.length > 64) return 'Keep the name under 64 characters.';
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name))
    return 'Use lowercase letters, digits and dashes, like "analytics-reader".';
  return undefined;
}

export function hasErrors(errors: Record<string, string | undefined>): boolean {
  return Object.values(errors).some(Boolean);
}
