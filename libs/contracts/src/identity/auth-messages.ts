import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import type { Principal } from './principal.js';

export class SignupInput {
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email!: string;

  @IsString()
  @Length(12, 256, { message: 'password must be 12 to 256 characters long' })
  password!: string;

  @IsString()
  @Length(1, 200)
  accountName!: string;
}

export class LoginInput {
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email!: string;

  @IsString()
  @Length(1, 256)
  password!: string;
}

export type AccountRole = 'owner' | 'admin' | 'member';

export interface SessionCreated {
  sessionToken: string;
  csrfToken: string;
  expiresAt: string;
  user: { id: string; email: string; accountRole: AccountRole };
  account: { id: string; name: string };
}

export interface SessionVerification {
  principal: Principal;
  /** SHA-256 of the session's CSRF token, hex: the gateway compares the header's hash with it. */
  csrfHash: string;
}

export interface WhoAmI {
  account: { id: string; name: string };
  credential: { type: Principal['credentialType']; id: string };
  user: { id: string; email: string; accountRole: AccountRole } | null;
  roles: { id: string; name: string }[];
  permissions: Principal['permissions'];
  environment: Principal['environment'];
  expiresAt: string | null;
}
