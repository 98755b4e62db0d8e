import type { SandboxClock } from '../state/sandbox-clock.js';

export type Redemption<Grant> =
  { ok: true; grant: Grant } | { ok: false; reason: 'unknown' | 'used' | 'expired' };

interface IssuedCode<Grant> {
  grant: Grant;
  expiresAt: number;
  used: boolean;
}

/** Authorization codes of one platform: single-use, dead after `ttlSeconds`. */
export class SingleUseCodes<Grant> {
  private readonly codes = new Map<string, IssuedCode<Grant>>();

  constructor(
    private readonly clock: SandboxClock,
    private readonly ttlSeconds: () => number,
    private readonly newCode: () => string,
  ) {}

  issue(grant: Grant): string {
    const code = this.newCode();
    this.codes.set(code, {
      grant,
      expiresAt: this.clock.now() + this.ttlSeconds() * 1000,
      used: false,
    });
    return code;
  }

  redeem(code: string): Redemption<Grant> {
    const issued = this.codes.get(code);
    if (!issued) return { ok: false, reason: 'unknown' };
    if (issued.used) return { ok: false, reason: 'used' };
    issued.used = true;
    if (issued.expiresAt <= this.clock.now()) return { ok: false, reason: 'expired' };
    return { ok: true, grant: issued.grant };
  }

  clear(): void {
    this.codes.clear();
  }
}
