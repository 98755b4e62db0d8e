import { describe, expect, it } from 'vitest';
import {
  ACTION_OPTIONS,
  auditQuery,
  filtersKey,
  hasFilters,
  NO_FILTERS,
  rangeError,
} from './audit-filters';

describe('auditQuery', () => {
  it('sends nothing without filters', () => {
    expect(auditQuery(NO_FILTERS)).toEqual({
      action: undefined,
      actorType: undefined,
      actor: undefined,
      from: undefined,
      to: undefined,
    });
    expect(hasFilters(NO_FILTERS)).toBe(false);
  });

  it('sends the action, the kind of actor and the chosen actor', () => {
    const query = auditQuery({
      ...NO_FILTERS,
      action: 'creator.*',
      actorType: 'secret_key',
      actor: { id: 'key-1', name: "API key 'CI'" },
    });

    expect(query).toMatchObject({ action: 'creator.*', actorType: 'secret_key', actor: 'key-1' });
  });

  it('turns local dates into the start of the first day and the end of the last', () => {
    const query = auditQuery({ ...NO_FILTERS, from: '2026-03-01', to: '2026-03-15' });

    expect(query.from).toBe(new Date(2026, 2, 1, 0, 0, 0, 0).toISOString());
    expect(query.to).toBe(new Date(2026, 2, 15, 23, 59, 59, 999).toISOString());
  });

  it('covers one whole day when both dates are the same', () => {
    const query = auditQuery({ ...NO_FILTERS, from: '2026-03-15', to: '2026-03-15' });

    expect(Date.parse(query.to ?? '') - Date.parse(query.from ?? '')).toBe(24 * 60 * 60 * 1000 - 1);
  });

  it('leaves out a range that ends before it starts, and says why', () => {
    const filters = { ...NO_FILTERS, from: '2026-03-15', to: '2026-03-01' };

    expect(rangeError(filters)).toBe('The end date is before the start date.');
    expect(auditQuery(filters)).toMatchObject({ from: undefined, to: undefined });
  });

  it('ignores a date that is not one', () => {
    expect(auditQuery({ ...NO_FILTERS, from: 'soon' }).from).toBeUndefined();
    expect(rangeError({ ...NO_FILTERS, from: 'soon', to: '2026-01-01' })).toBeUndefined();
  });
});

describe('filtersKey', () => {
  it('differs between filters and is the same for the same query', () => {
    expect(filtersKey({ ...NO_FILTERS, action: 'key.*' })).not.toBe(filtersKey(NO_FILTERS));
    expect(filtersKey({ ...NO_FILTERS, actor: { id: 'a', name: 'one' } })).toBe(
      filtersKey({ ...NO_FILTERS, actor: { id: 'a', name: 'another name' } }),
    );
  });
});

describe('ACTION_OPTIONS', () => {
  it('offers any action, every prefix and every action, in words', () => {
    expect(ACTION_OPTIONS[0]).toEqual({ value: '', label: 'Any action' });
    expect(ACTION_OPTIONS).toContainEqual({ value: 'creator.*', label: 'Creators: everything' });
    expect(ACTION_OPTIONS).toContainEqual({
      value: 'creator.connected',
      label: 'Connected a creator',
    });
    expect(new Set(ACTION_OPTIONS.map((option) => option.value)).size).toBe(ACTION_OPTIONS.length);
  });

  it('names every kind of action in words', () => {
    const prefixes = ACTION_OPTIONS.filter((option) => option.value.endsWith('.*'));
    expect(prefixes.filter((option) => option.label === option.value)).toEqual([]);
    expect(ACTION_OPTIONS).toContainEqual({
      value: 'service_user.*',
      label: 'Service users: everything',
    });
  });
});
