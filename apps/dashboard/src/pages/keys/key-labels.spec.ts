import { describe, expect, it } from 'vitest';
import { formatDate } from '../../lib/format';
import { apiKey, NOW, whoAmI } from '../../test/fixtures';
import {
  createdByLabel,
  ENVIRONMENT_LABELS,
  expiryLabel,
  isRevocable,
  isUsable,
  KEY_TYPE_LABELS,
} from './key-labels';

const DAY = 24 * 3600 * 1000;
const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString();

describe('labels', () => {
  it('names key types and environments', () => {
    expect(KEY_TYPE_LABELS).toEqual({ secret: 'Secret', publishable: 'Publishable' });
    expect(ENVIRONMENT_LABELS).toEqual({ development: 'Development', production: 'Production' });
  });
});

describe('createdByLabel', () => {
  const me = whoAmI({ user: { id: 'user-1', email: 'ada@acme.test', accountRole: 'admin' } });

  it('says "You" for a key the signed-in user made', () => {
    expect(
      createdByLabel(apiKey({ createdBy: { type: 'user', id: 'user-1', email: null } }), me),
    ).toBe('You');
  });

  it('says "A teammate" for another user, or a user not known', () => {
    expect(
      createdByLabel(apiKey({ createdBy: { type: 'user', id: 'user-2', email: null } }), me),
    ).toBe('A teammate');
    expect(createdByLabel(apiKey({ createdBy: { type: 'user', id: null, email: null } }), me)).toBe(
      'A teammate',
    );
  });

  it('never says "You" when the caller is not a user', () => {
    const asKey = whoAmI({ user: null });
    expect(
      createdByLabel(apiKey({ createdBy: { type: 'user', id: null, email: null } }), asKey),
    ).toBe('A teammate');
  });

  it('names keys and setup', () => {
    expect(
      createdByLabel(
        apiKey({ createdBy: { type: 'key', id: 'key-0', name: null, start: null } }),
        me,
      ),
    ).toBe('An API key');
    expect(createdByLabel(apiKey({ createdBy: { type: 'system', id: null } }), me)).toBe(
      'Tally setup',
    );
  });
});

describe('expiryLabel', () => {
  it('shows when a revoked key was revoked', () => {
    const revokedAt = at(-2 * DAY);
    expect(expiryLabel(apiKey({ revokedAt }), NOW)).toEqual({
      text: 'Revoked',
      tone: 'neutral',
      note: formatDate(revokedAt),
    });
  });

  it('shows until when a rolled key works', () => {
    const expiresAt = at(3 * DAY);
    expect(expiryLabel(apiKey({ expiresAt, replacedBy: 'key-2' }), NOW)).toEqual({
      text: 'Rolled',
      tone: 'warning',
      note: `works until ${formatDate(expiresAt)}`,
    });
  });

  it('shows an expired key in red', () => {
    const expiresAt = at(-DAY);
    expect(expiryLabel(apiKey({ expiresAt }), NOW)).toEqual({
      text: 'Expired',
      tone: 'danger',
      note: formatDate(expiresAt),
    });
  });

  it('warns with the days left under a week, one day in the singular', () => {
    const soon = at(3 * DAY);
    expect(expiryLabel(apiKey({ expiresAt: soon }), NOW)).toEqual({
      text: formatDate(soon),
      tone: 'warning',
      note: 'expires in 3 days',
    });
    expect(expiryLabel(apiKey({ expiresAt: at(DAY / 2) }), NOW).note).toBe('expires in 1 day');
  });

  it('shows only the date of an active key', () => {
    const later = at(60 * DAY);
    expect(expiryLabel(apiKey({ expiresAt: later }), NOW)).toEqual({
      text: formatDate(later),
      tone: 'neutral',
    });
  });
});

describe('isUsable', () => {
  it('is true for active and expiring keys only', () => {
    expect(isUsable(apiKey({ expiresAt: at(60 * DAY) }), NOW)).toBe(true);
    expect(isUsable(apiKey({ expiresAt: at(2 * DAY) }), NOW)).toBe(true);
    expect(isUsable(apiKey({ expiresAt: at(-1) }), NOW)).toBe(false);
    expect(isUsable(apiKey({ revokedAt: at(-1) }), NOW)).toBe(false);
    expect(isUsable(apiKey({ revokedAt: at(DAY) }), NOW)).toBe(false);
    expect(isUsable(apiKey({ expiresAt: at(DAY), replacedBy: 'key-2' }), NOW)).toBe(false);
  });
});

describe('isRevocable', () => {
  it('is true for every key that still works, rolled ones included', () => {
    expect(isRevocable(apiKey({ expiresAt: at(60 * DAY) }), NOW)).toBe(true);
    expect(isRevocable(apiKey({ expiresAt: at(DAY), replacedBy: 'key-2' }), NOW)).toBe(true);
    expect(isRevocable(apiKey({ expiresAt: at(-1) }), NOW)).toBe(false);
    expect(isRevocable(apiKey({ revokedAt: at(-1) }), NOW)).toBe(false);
  });
});
