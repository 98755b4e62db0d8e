/**
 * A failure while the sync read media, with where it was reading: a sync put
 * off for the platform's limit goes on from `resumeCursor` next time.
 */
export class ResumableSyncError extends Error {
  constructor(
    readonly resumeCursor: string | null,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'ResumableSyncError';
  }
}

/** The failure itself, unwrapped from where it happened. */
export function rootCauseOf(error: unknown): unknown {
  return error instanceof ResumableSyncError ? error.cause : error;
}
