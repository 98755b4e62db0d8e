import 'reflect-metadata';
import { parseWithSchema } from '../messaging/schema-input.js';
import { refusalOf } from '../../test/support/refusal.js';
import { IdentityRevocationsSince } from './identity-declarations.js';

describe('IdentityRevocationsSince', () => {
  describe('request', () => {
    it('takes the cursor of the last answer', () => {
      expect(parseWithSchema(IdentityRevocationsSince.request, { after: 42 })).toEqual({
        after: 42,
      });
    });

    it.each([-1, 1.5, '42'])('refuses %p as a cursor', (after) => {
      expect(refusalOf(IdentityRevocationsSince.request, { after }).details).toEqual([
        expect.objectContaining({ field: 'after' }),
      ]);
    });
  });
});
