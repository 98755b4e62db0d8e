import { ORIGIN_PATTERN } from '@tally/contracts/browser';

export type Errors<T extends string> = Partial<Record<T, string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// As the API's NewPasswordSchema (libs/contracts, not browser-safe): sign-up,
// invitations, changes and resets all check a new password here.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export function validateEmail(email: string): string | undefined {
  return EMAIL.test(email.trim()) ? undefined : 'Enter your email address, like you@company.com.';
}

/** Every new password, wherever it is chosen: the rules the API applies. */
export function validateNewPassword(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH)
    return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (password.trim().length === 0) return 'A password of only spaces is too easy to guess.';
  if (new Set(password).size === 1)
    return 'A password of one character repeated is too easy to guess.';
  return undefined;
}

export function validateSignIn(input: {
  email: string;
  password: string;
}): Errors<'email' | 'password'> {
  const errors: Errors<'email' | 'password'> = {};
  const email = validateEmail(input.email);
  if (email) errors.email = email;
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
  const email = validateEmail(input.email);
  if (email) errors.email = email;
  const password = validateNewPassword(input.password);
  if (password) errors.password = password;
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
