import { describe, expect, it } from 'vitest';
import { ownerAndMetadata } from './credential-input';

describe('ownerAndMetadata', () => {
  it('sends neither for the signed-in user and no metadata', () => {
    expect(ownerAndMetadata('', '')).toEqual({});
    expect(ownerAndMetadata('', ' {} ')).toEqual({});
  });

  it('sends the owner and the metadata object when given', () => {
    expect(ownerAndMetadata('su-1', '{"team": "billing"}')).toEqual({
      ownerUserId: 'su-1',
      metadata: { team: 'billing' },
    });
  });
});
