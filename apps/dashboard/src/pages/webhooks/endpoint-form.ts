import type { MAX_WEBHOOK_ENDPOINTS } from '@tally/contracts';
import type {
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookEndpointView,
} from '../../api/types';
import type { FieldErrors } from '../../lib/use-submission';
import { eventsOf, sameEvents, selectionOf, type EventSelection } from './webhook-events';

// The API's limits (libs/contracts/src/webhooks/webhook-endpoint-messages.ts),
// kept here because that module's zod schemas must stay out of the bundle.
export const MAX_ENDPOINTS: typeof MAX_WEBHOOK_ENDPOINTS = 20;
export const MAX_URL_LENGTH = 2048;
export const MAX_DESCRIPTION_LENGTH = 500;

export interface EndpointForm {
  url: string;
  description: string;
  events: EventSelection;
  enabled: boolean;
}

export const EMPTY_ENDPOINT_FORM: EndpointForm = {
  url: '',
  description: '',
  events: { all: true, types: [] },
  enabled: true,
};

export function formOf(endpoint: WebhookEndpointView): EndpointForm {
  return {
    url: endpoint.url,
    description: endpoint.description ?? '',
    events: selectionOf(endpoint.events),
    enabled: endpoint.enabled,
  };
}

/**
 * The checks the dashboard can make itself. Whether the address is public
 * (and whether plain http is allowed) only the server knows: its answer shows
 * beside the field.
 */
export function validateEndpointForm(form: EndpointForm): FieldErrors {
  return {
    url: validateUrl(form.url),
    description:
      form.description.trim().length > MAX_DESCRIPTION_LENGTH
        ? `Keep the description under ${MAX_DESCRIPTION_LENGTH} characters.`
        : undefined,
    events: eventsOf(form.events).length === 0 ? 'Choose at least one event.' : undefined,
  };
}

function validateUrl(text: string): string | undefined {
  const url = text.trim();
  if (!url) return 'Enter the URL Tally should send events to.';
  if (url.length > MAX_URL_LENGTH) return `Keep the URL under ${MAX_URL_LENGTH} characters.`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'Write the whole URL, like https://api.example.com/webhooks/tally.';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return 'The URL must start with https://.';
  return undefined;
}

export function createInput(form: EndpointForm): CreateWebhookEndpointInput {
  const description = form.description.trim();
  return {
    url: form.url.trim(),
    events: eventsOf(form.events),
    ...(description ? { description } : {}),
    enabled: form.enabled,
  };
}

/**
 * Only what changed: an unchanged URL is not sent, so that saving a new
 * description never fails on the URL's address check. `{}` when nothing did.
 */
export function updateInput(
  form: EndpointForm,
  endpoint: WebhookEndpointView,
): UpdateWebhookEndpointInput {
  const input: UpdateWebhookEndpointInput = {};
  const url = form.url.trim();
  if (url !== endpoint.url) input.url = url;
  const events = eventsOf(form.events);
  if (!sameEvents(events, endpoint.events)) input.events = events;
  const description = form.description.trim() || null;
  if (description !== endpoint.description) input.description = description;
  if (form.enabled !== endpoint.enabled) input.enabled = form.enabled;
  return input;
}
