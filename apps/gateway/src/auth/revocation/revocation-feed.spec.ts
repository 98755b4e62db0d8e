import type { Revocation } from '@tally/contracts';
import { RevocationFeed, revokedIdsOf } from './revocation-feed.js';

const MAX_STALENESS_MS = 3000;

function revocation(kind: Revocation['kind'], credentialId: string): Revocation {
  return { kind, credentialId, forgetAfter: '2030-01-01T00:00:00.000Z' };
}

describe('RevocationFeed', () => {
  let sut: RevocationFeed;

  beforeEach(() => {
    sut = new RevocationFeed({ resyncMs: 1000, maxStalenessMs: MAX_STALENESS_MS });
  });

  describe('isCurrent', () => {
    it('is not current before its first resync', () => {
      expect(sut.isCurrent()).toBe(false);
    });

    it('is current within the bound after a resync, and stale beyond it', () => {
      sut.markSynced(10_000);

      expect(sut.isCurrent(10_000 + MAX_STALENESS_MS)).toBe(true);
      expect(sut.isCurrent(10_000 + MAX_STALENESS_MS + 1)).toBe(false);
    });

    it('never goes back to an older resync', () => {
      sut.markSynced(10_000);
      sut.markSynced(5_000);

      expect(sut.isCurrent(10_000 + MAX_STALENESS_MS)).toBe(true);
    });
  });

  describe('ageSeconds', () => {
    it('counts from the last resync', () => {
      sut.markSynced(10_000);

      expect(sut.ageSeconds(12_500)).toBe(2.5);
    });
  });

  describe('publish', () => {
    it('tells every listener, and nobody of an empty batch', () => {
      const heard: Revocation[][] = [];
      sut.onRevoked((revocations) => heard.push([...revocations]));
      sut.onRevoked((revocations) => heard.push([...revocations]));

      sut.publish([]);
      sut.publish([revocation('api_key', 'k1')]);

      expect(heard).toEqual([[revocation('api_key', 'k1')], [revocation('api_key', 'k1')]]);
    });
  });
});

describe('revokedIdsOf', () => {
  it('picks the ids of one kind', () => {
    const revocations = [
      revocation('api_key', 'k1'),
      revocation('session', 's1'),
      revocation('api_key', 'k2'),
    ];

    expect(revokedIdsOf(revocations, 'api_key')).toEqual(new Set(['k1', 'k2']));
  });
});
