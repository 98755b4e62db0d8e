import type { Revocation, RevokedCredentialKind } from '@tally/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { REVOCATION_OPTIONS, type RevocationOptions } from './revocation.options.js';

export type RevocationListener = (revocations: readonly Revocation[]) => void;

/** The ids of the credentials of one kind among `revocations`. */
export function revokedIdsOf(
  revocations: readonly Revocation[],
  kind: RevokedCredentialKind,
): Set<string> {
  return new Set(
    revocations.filter((entry) => entry.kind === kind).map((entry) => entry.credentialId),
  );
}

/**
 * What this gateway learns of revoked credentials, however it learns it
 * (identity's events, or the resync that catches what events missed), and how
 * current that knowledge is. Every cache that must forget listens here.
 */
@Injectable()
export class RevocationFeed {
  private readonly listeners: RevocationListener[] = [];
  private readonly startedAt = Date.now();
  private syncedAt: number | undefined;

  constructor(@Inject(REVOCATION_OPTIONS) private readonly options: RevocationOptions) {}

  onRevoked(listener: RevocationListener): void {
    this.listeners.push(listener);
  }

  publish(revocations: readonly Revocation[]): void {
    if (revocations.length === 0) return;
    for (const listener of this.listeners) listener(revocations);
  }

  /** Everything revoked before `at` has been published. */
  markSynced(at: number): void {
    this.syncedAt = Math.max(this.syncedAt ?? at, at);
  }

  /**
   * Whether cached verdicts may be trusted: everything revoked up to a recent
   * moment is known. Not before the first resync, nor once resyncs have failed
   * for longer than the bound.
   */
  isCurrent(now = Date.now()): boolean {
    return this.syncedAt !== undefined && now - this.syncedAt <= this.options.maxStalenessMs;
  }

  /** How old the knowledge is: since the last complete resync, or since start before the first. */
  ageSeconds(now = Date.now()): number {
    return Math.max(0, now - (this.syncedAt ?? this.startedAt)) / 1000;
  }
}
