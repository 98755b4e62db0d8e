import { describe, expect, it } from 'vitest';
import { NOW, webhookDelivery } from '../../test/fixtures';
import { canRetry, hasDetails, lastAttemptSummary, nextAttemptText } from './delivery-labels';

describe('canRetry', () => {
  it('offers a retry for failed and pending deliveries, not delivered ones', () => {
    expect(canRetry(webhookDelivery({ status: 'failed' }))).toBe(true);
    expect(canRetry(webhookDelivery({ status: 'pending' }))).toBe(true);
    expect(canRetry(webhookDelivery({ status: 'delivered' }))).toBe(false);
  });
});

describe('lastAttemptSummary', () => {
  it('gives the status code and how long the answer took', () => {
    expect(lastAttemptSummary(webhookDelivery())).toBe('200 in 84 ms');
    expect(
      lastAttemptSummary(webhookDelivery({ lastStatusCode: 503, lastDurationMs: 15000 })),
    ).toBe('503 in 15.0 s');
  });

  it('gives the error when no answer came', () => {
    expect(
      lastAttemptSummary(
        webhookDelivery({ lastStatusCode: null, lastError: 'timed out', lastDurationMs: 15000 }),
      ),
    ).toBe('timed out in 15.0 s');
    expect(
      lastAttemptSummary(
        webhookDelivery({ lastStatusCode: null, lastError: null, lastDurationMs: null }),
      ),
    ).toBe('No answer');
  });

  it('says when no attempt was made yet', () => {
    expect(
      lastAttemptSummary(
        webhookDelivery({
          status: 'pending',
          attempts: 0,
          lastStatusCode: null,
          lastDurationMs: null,
        }),
      ),
    ).toBe('Not tried yet');
  });
});

describe('nextAttemptText', () => {
  it('reads the next attempt of a pending delivery on the given clock', () => {
    const pending = webhookDelivery({
      status: 'pending',
      nextAttemptAt: '2026-03-15T14:30:00.000Z',
    });
    expect(nextAttemptText(pending, { now: NOW, timeZone: 'UTC' })).toBe('2:30 PM UTC today');
    expect(nextAttemptText(pending, { now: NOW, timeZone: 'Europe/Berlin' })).toBe(
      '3:30 PM GMT+1 today',
    );
  });

  it('shows a dash when none is planned', () => {
    expect(nextAttemptText(webhookDelivery(), { now: NOW })).toBe('—');
    expect(
      nextAttemptText(webhookDelivery({ status: 'failed', nextAttemptAt: null }), { now: NOW }),
    ).toBe('—');
  });
});

describe('hasDetails', () => {
  it('is true when there is an answer body or an error to read', () => {
    expect(hasDetails(webhookDelivery())).toBe(true);
    expect(hasDetails(webhookDelivery({ lastResponse: null, lastError: 'refused' }))).toBe(true);
    expect(hasDetails(webhookDelivery({ lastResponse: '', lastError: null }))).toBe(false);
  });
});
