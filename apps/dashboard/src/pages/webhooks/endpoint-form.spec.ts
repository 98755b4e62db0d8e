import { describe, expect, it } from 'vitest';
import { webhookEndpoint } from '../../test/fixtures';
import {
  createInput,
  EMPTY_ENDPOINT_FORM,
  formOf,
  updateInput,
  validateEndpointForm,
  type EndpointForm,
} from './endpoint-form';

function form(overrides: Partial<EndpointForm> = {}): EndpointForm {
  return { ...EMPTY_ENDPOINT_FORM, url: 'https://hooks.acme.test/tally', ...overrides };
}

describe('validateEndpointForm', () => {
  it('accepts an https URL with all events', () => {
    expect(Object.values(validateEndpointForm(form())).filter(Boolean)).toEqual([]);
  });

  it('asks for a whole http(s) URL', () => {
    expect(validateEndpointForm(form({ url: '  ' })).url).toBe(
      'Enter the URL Tally should send events to.',
    );
    expect(validateEndpointForm(form({ url: 'hooks.acme.test/tally' })).url).toBe(
      'Write the whole URL, like https://api.example.com/webhooks/tally.',
    );
    expect(validateEndpointForm(form({ url: 'ftp://hooks.acme.test' })).url).toBe(
      'The URL must start with https://.',
    );
    expect(validateEndpointForm(form({ url: `https://a.test/${'x'.repeat(2048)}` })).url).toBe(
      'Keep the URL under 2048 characters.',
    );
    // Plain http is the server's to refuse: it allows it in local development.
    expect(validateEndpointForm(form({ url: 'http://localhost:4000/hooks' })).url).toBeUndefined();
  });

  it('asks for at least one event', () => {
    expect(validateEndpointForm(form({ events: { all: false, types: [] } })).events).toBe(
      'Choose at least one event.',
    );
    expect(
      validateEndpointForm(form({ events: { all: false, types: ['creator.synced'] } })).events,
    ).toBeUndefined();
  });

  it('limits the description to 500 characters', () => {
    expect(validateEndpointForm(form({ description: 'x'.repeat(501) })).description).toBe(
      'Keep the description under 500 characters.',
    );
    expect(validateEndpointForm(form({ description: 'x'.repeat(500) })).description).toBe(
      undefined,
    );
  });
});

describe('createInput', () => {
  it('trims, leaves out an empty description and says whether it starts enabled', () => {
    expect(createInput(form({ url: ' https://hooks.acme.test/tally ', enabled: false }))).toEqual({
      url: 'https://hooks.acme.test/tally',
      events: ['*'],
      enabled: false,
    });
    expect(
      createInput(
        form({ description: '  Orders  ', events: { all: false, types: ['key.revoked'] } }),
      ),
    ).toEqual({
      url: 'https://hooks.acme.test/tally',
      events: ['key.revoked'],
      description: 'Orders',
      enabled: true,
    });
  });
});

describe('updateInput', () => {
  const endpoint = webhookEndpoint({ events: ['creator.synced', 'key.revoked'] });

  it('sends nothing when nothing changed, the events in another order included', () => {
    const unchanged = formOf(endpoint);
    expect(updateInput(unchanged, endpoint)).toEqual({});
    expect(
      updateInput(
        { ...unchanged, events: { all: false, types: ['key.revoked', 'creator.synced'] } },
        endpoint,
      ),
    ).toEqual({});
  });

  it('sends only what changed', () => {
    const edited = formOf(endpoint);
    expect(updateInput({ ...edited, url: 'https://new.acme.test/hook ' }, endpoint)).toEqual({
      url: 'https://new.acme.test/hook',
    });
    expect(updateInput({ ...edited, events: { all: true, types: [] } }, endpoint)).toEqual({
      events: ['*'],
    });
    expect(updateInput({ ...edited, enabled: false }, endpoint)).toEqual({ enabled: false });
  });

  it('clears a description emptied, with null', () => {
    expect(updateInput({ ...formOf(endpoint), description: '   ' }, endpoint)).toEqual({
      description: null,
    });
    const bare = webhookEndpoint({ description: null });
    expect(updateInput(formOf(bare), bare)).toEqual({});
  });
});
