import { escapeHtml } from '@tally/nest-kit';
import { htmlPage } from '../consent/html.js';

export interface ConsentFormView {
  /** "Instagram", "Google". */
  platformName: string;
  /** Who can sign in: the value posted back as `sandbox_user` and what the list shows. */
  accounts: { value: string; label: string }[];
  selected: string;
  scopes: string[];
  /** The authorize parameters, posted back unchanged. */
  parameters: Record<string, string | undefined>;
}

/** A consent page that posts back to the same URL: who signs in, the scopes, Approve and Deny. */
export function platformConsentPage(view: ConsentFormView): string {
  const options = view.accounts
    .map(
      (account) =>
        `<option value="${escapeHtml(account.value)}"${account.value === view.selected ? ' selected' : ''}>` +
        `${escapeHtml(account.label)}</option>`,
    )
    .join('');
  const scopes = view.scopes.map((scope) => `<li><code>${escapeHtml(scope)}</code></li>`).join('');
  const hidden = Object.entries(view.parameters)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
    )
    .join('');
  const body = `
<h1>Tally wants to access your ${escapeHtml(view.platformName)} account</h1>
<form method="post" action="">
  <label for="sandbox_user">Continue as</label>
  <select id="sandbox_user" name="sandbox_user">${options}</select>
  <p>This app will be able to:</p>
  <ul>${scopes}</ul>
  ${hidden}
  <div class="buttons">
    <button type="submit" name="decision" value="deny">Deny</button>
    <button type="submit" name="decision" value="approve">Approve</button>
  </div>
</form>`;
  return htmlPage(`Authorize with ${view.platformName}`, body);
}
