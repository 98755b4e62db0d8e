/** A start-up failure message that names the variable to fix, without its password. */
export function describeDatabaseError(url: string, error: unknown): string {
  let where = 'the configured server';
  try {
    const parsed = new URL(url);
    where = `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    // The URL was validated at start; keep the generic wording.
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `DATABASE_URL: cannot use the database at ${where}: ${reason}`;
}
