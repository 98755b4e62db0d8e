import type { Revocation, RevocationChanges } from '@tally/contracts';
import { Injectable } from '@nestjs/common';
import { LoggedRevocation, RevocationsRepository } from './revocations.repository.js';

const PAGE_SIZE = 500;

/** Answers a gateway's resync: what was taken back since its cursor, a page at a time. */
@Injectable()
export class RevocationsService {
  constructor(private readonly revocations: RevocationsRepository) {}

  async since(after: number, pageSize = PAGE_SIZE): Promise<RevocationChanges> {
    // A cursor beyond the log's end belongs to another log (the database was
    // recreated or restored): the gateway starts over from everything that matters.
    const from = after > (await this.revocations.latest()) ? 0 : after;
    const rows = await this.revocations.after(from, pageSize + 1);
    const page = rows.slice(0, pageSize);
    return {
      revocations: page.map(toRevocation),
      cursor: page.at(-1)?.seq ?? from,
      more: rows.length > pageSize,
    };
  }
}

function toRevocation(row: LoggedRevocation): Revocation {
  return {
    kind: row.kind,
    credentialId: row.credentialId,
    forgetAfter: row.forgetAfter.toISOString(),
    recordedAt: row.recordedAt.toISOString(),
  };
}
