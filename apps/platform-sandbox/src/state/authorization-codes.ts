import { newAuthorizationCode } from './random-strings.js';
import type { SandboxClock } from './sandbox-clock.js';

/** What the creator approved, bound to the code that carries it. */
export interface ApprovedAuthorization {
  clientKey: string;
  openId: string;
  scopes: string[];
  redirectUri: string;
  /** Hex SHA-256 of the verifier, when the app used PKCE. */
  codeChallenge?: string;
}

export type CodeRedemption =
  | { ok: true; authorization: ApprovedAuthorization }
  | { ok: false; reason: 'unknown' | 'used' | 'expired' };

interface IssuedCode {
  authorization: ApprovedAuthorization;
  expiresAt: number;
  used: boolean;
}

/** Authorization codes: single-use, and dead after a few minutes. */
export class AuthorizationCodes {
  private readonly codes = new Map<string, IssuedCode>();

  constructor(
    private readonly clock: SandboxClock,
    private readonly ttlSeconds: () => number,
  ) {}

  issue(authorization: ApprovedAuthorization): string {
    const code = newAuthorizationCode();
    const expiresAt = this.clock.now() + this.ttlSeconds() * 1000;
    this.codes.set(code, { authorization, expiresAt, used: false });
    return code;
  }

  /** Uses the code up, whatever happens next: a refused exchange burns it too. */
  redeem(code: string): CodeRedemption {
    const issued = this.codes.get(code);
    if (!issued) return { ok: false, reason: 'unknown' };
    if (issued.used) return { ok: false, reason: 'used' };
    issued.used = true;
    if (issued.expiresAt <= this.clock.now()) return { ok: false, reason: 'expired' };
    return { ok: true, authorization: issued.authorization };
  }

  clear(): void {
    this.codes.clear();
  }
}
