import type { WebhookEndpointView } from '@tally/contracts';

/** An endpoint as the repository reads it; the secrets stay sealed until a delivery signs. */
export interface EndpointRow {
  id: string;
  accountId: string;
  url: string;
  events: string[];
  description: string | null;
  enabled: boolean;
  disabledReason: string | null;
  secretKeyId: string;
  secret: Buffer;
  secretStart: string;
  previousSecretKeyId: string | null;
  previousSecret: Buffer | null;
  previousSecretExpiresAt: Date | null;
  failingSince: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const ENDPOINT_COLUMNS = `
  id, account_id AS "accountId", url, events, description, enabled,
  disabled_reason AS "disabledReason", secret_key_id AS "secretKeyId", secret,
  secret_start AS "secretStart", previous_secret_key_id AS "previousSecretKeyId",
  previous_secret AS "previousSecret", previous_secret_expires_at AS "previousSecretExpiresAt",
  failing_since AS "failingSince", created_at AS "createdAt", updated_at AS "updatedAt"`;

export function toEndpointView(row: EndpointRow, now = new Date()): WebhookEndpointView {
  const previousLive =
    row.previousSecretExpiresAt !== null && row.previousSecretExpiresAt.getTime() > now.getTime();
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    description: row.description,
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    secretStart: row.secretStart,
    previousSecretExpiresAt: previousLive ? row.previousSecretExpiresAt!.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Whether an endpoint hears an event type: subscribed to it, or to `*`. */
export function subscribesTo(events: readonly string[], type: string): boolean {
  return type === 'webhook.test' || events.includes('*') || events.includes(type);
}
