import { describe, expect, it } from 'vitest';
import {
  ALL_EVENTS,
  eventLabel,
  eventLabels,
  eventsOf,
  sameEvents,
  selectionOf,
  SUBSCRIBABLE_EVENT_TYPES,
} from './webhook-events';

describe('the event catalogue', () => {
  it('offers every event type but the test event, in the contracts’ order', () => {
    expect(SUBSCRIBABLE_EVENT_TYPES).toEqual([
      'creator.connected',
      'creator.synced',
      'creator.sync_failed',
      'creator.reauth_required',
      'creator.disconnected',
      'key.expiring',
      'key.revoked',
    ]);
    expect(ALL_EVENTS).toBe('*');
  });

  it('names each type for people, the test event too', () => {
    expect(eventLabel('creator.reauth_required')).toBe('Reconnect needed');
    expect(eventLabel('webhook.test')).toBe('Test event');
  });
});

describe('selectionOf / eventsOf', () => {
  it('reads "*" as all events and sends it back as ["*"]', () => {
    const selection = selectionOf(['*']);
    expect(selection).toEqual({ all: true, types: [] });
    expect(eventsOf(selection)).toEqual(['*']);
  });

  it('keeps the types chosen while "all" is on, but sends only "*"', () => {
    expect(eventsOf({ all: true, types: ['key.revoked'] })).toEqual(['*']);
    expect(eventsOf({ all: false, types: ['key.revoked'] })).toEqual(['key.revoked']);
  });

  it('sends the chosen types in the catalogue’s order, whatever order they were ticked in', () => {
    expect(eventsOf({ all: false, types: ['key.revoked', 'creator.connected'] })).toEqual([
      'creator.connected',
      'key.revoked',
    ]);
  });

  it('drops types it does not know when reading an endpoint', () => {
    expect(selectionOf(['creator.synced', 'creator.renamed'])).toEqual({
      all: false,
      types: ['creator.synced'],
    });
  });

  it('sends nothing when nothing is chosen (the form refuses that)', () => {
    expect(eventsOf({ all: false, types: [] })).toEqual([]);
  });
});

describe('eventLabels', () => {
  it('says "All events" for "*", and the labels otherwise; an unknown type as it is', () => {
    expect(eventLabels(['*'])).toEqual(['All events']);
    expect(eventLabels(['creator.connected', 'key.expiring', 'creator.renamed'])).toEqual([
      'Creator connected',
      'API key expiring',
      'creator.renamed',
    ]);
  });
});

describe('sameEvents', () => {
  it('compares as sets', () => {
    expect(sameEvents(['key.revoked', 'creator.synced'], ['creator.synced', 'key.revoked'])).toBe(
      true,
    );
    expect(sameEvents(['*'], ['creator.synced'])).toBe(false);
    expect(sameEvents(['creator.synced'], ['creator.synced', 'key.revoked'])).toBe(false);
  });
});
