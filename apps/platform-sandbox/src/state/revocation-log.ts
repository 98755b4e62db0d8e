export interface Revocation {
  client_key: string;
  open_id: string;
  revoked_at: string;
}

/** Every revocation the sandbox accepted, so that tests can see a disconnect reached "TikTok". */
export class RevocationLog {
  private readonly revocations: Revocation[] = [];

  record(revocation: Revocation): void {
    this.revocations.push(revocation);
  }

  list(): readonly Revocation[] {
    return this.revocations;
  }

  clear(): void {
    this.revocations.length = 0;
  }
}
