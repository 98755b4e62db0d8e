import type { SandboxSettings } from '../config/sandbox-settings.js';

export type ClientCheck =
  | { ok: true; clientKey: string }
  | { ok: false; error: 'invalid_request' | 'invalid_client'; description: string };

/** The app's `client_key` and `client_secret` from a form body. */
export function checkClientCredentials(
  form: Record<string, string>,
  settings: SandboxSettings,
): ClientCheck {
  const { client_key: clientKey, client_secret: clientSecret } = form;
  if (!clientKey || !clientSecret) {
    return {
      ok: false,
      error: 'invalid_request',
      description: 'client_key and client_secret are required.',
    };
  }
  if (clientKey !== settings.clientKey || clientSecret !== settings.clientSecret) {
    return { ok: false, error: 'invalid_client', description: 'Client key or secret is invalid.' };
  }
  return { ok: true, clientKey };
}
