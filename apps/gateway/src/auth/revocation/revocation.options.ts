export interface RevocationOptions {
  /** How often the gateway asks identity what was revoked since it last asked. */
  resyncMs: number;
  /** Without a successful resync for longer, cached verdicts are not trusted. */
  maxStalenessMs: number;
}

export const REVOCATION_OPTIONS = Symbol('REVOCATION_OPTIONS');
