import { describe, expect, it } from 'vitest';
import { NOW, webhookEndpoint } from '../../test/fixtures';
import { endpointStatus, secretHint } from './endpoint-status';
import { parseGraceHours, previousSecretNote } from './secret-rotation';

describe('parseGraceHours', () => {
  it('takes whole hours from 0 to 72', () => {
    expect(parseGraceHours('0')).toEqual({ hours: 0 });
    expect(parseGraceHours(' 24 ')).toEqual({ hours: 24 });
    expect(parseGraceHours('72')).toEqual({ hours: 72 });
  });

  it('refuses anything else', () => {
    for (const text of ['', '73', '-1', '1.5', 'a day']) {
      expect(parseGraceHours(text)).toEqual({
        error: 'Enter a whole number of hours from 0 to 72.',
      });
    }
  });
});

describe('previousSecretNote', () => {
  it('says until when the previous secret signs too, on the given clock', () => {
    expect(previousSecretNote('2026-03-16T12:00:00.000Z', { now: NOW, timeZone: 'UTC' })).toBe(
      'The previous secret also signs every delivery until 12:00 PM UTC tomorrow.',
    );
  });

  it('says nothing without a grace period, or once it is over', () => {
    expect(previousSecretNote(null, { now: NOW })).toBeNull();
    expect(previousSecretNote('2026-03-15T11:59:00.000Z', { now: NOW })).toBeNull();
  });
});

describe('endpointStatus', () => {
  it('tells an endpoint disabled by its owner from one Tally turned off, and why', () => {
    expect(endpointStatus(webhookEndpoint())).toEqual({
      text: 'Enabled',
      tone: 'success',
      reason: null,
    });
    expect(endpointStatus(webhookEndpoint({ enabled: false }))).toEqual({
      text: 'Disabled',
      tone: 'neutral',
      reason: null,
    });
    expect(
      endpointStatus(
        webhookEndpoint({ enabled: false, disabledReason: 'The endpoint answered 410.' }),
      ),
    ).toEqual({ text: 'Disabled by Tally', tone: 'danger', reason: 'The endpoint answered 410.' });
  });

  it('shows the start of the secret', () => {
    expect(secretHint(webhookEndpoint())).toBe('whsec_AbC…');
  });
});
