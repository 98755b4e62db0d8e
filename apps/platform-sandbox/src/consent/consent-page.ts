import type { SandboxCreator } from '../state/seed-creators.js';
import type { AuthorizeRequest } from './authorize-request.js';
import { escapeHtml } from '@tally/nest-kit';
import { htmlPage } from './html.js';

const SCOPE_DESCRIPTIONS: Record<string, string> = {
  'user.info.basic': 'Read your profile info (avatar, display name)',
  'user.info.profile': 'Read your profile details (bio, username, verified badge)',
  'user.info.stats': 'Read your statistics (followers, likes, number of videos)',
  'video.list': 'Read your public videos',
};

const hidden = (name: string, value: string | undefined) =>
  value === undefined ? '' : `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;

/**
 * The page a person sees: which sandbox creator signs in, the requested scopes
 * (all but user.info.basic can be unticked), Approve and Deny. It posts back to
 * the same URL with the original parameters.
 */
export function consentPage(
  request: AuthorizeRequest,
  creators: readonly SandboxCreator[],
  selected: SandboxCreator,
): string {
  const options = creators
    .map(
      (creator) =>
        `<option value="${escapeHtml(creator.username)}"${creator === selected ? ' selected' : ''}>` +
        `@${escapeHtml(creator.username)} (${escapeHtml(creator.displayName)})</option>`,
    )
    .join('');
  const scopes = request.scopes
    .map((scope) => {
      const mandatory = scope === 'user.info.basic';
      const box = mandatory
        ? `<input type="checkbox" checked disabled>${hidden('granted_scope', scope)}`
        : `<input type="checkbox" name="granted_scope" value="${escapeHtml(scope)}" checked>`;
      return `<li><label>${box} <code>${escapeHtml(scope)}</code></label><small>${escapeHtml(
        SCOPE_DESCRIPTIONS[scope] ?? scope,
      )}</small></li>`;
    })
    .join('');
  const body = `
<h1>Tally wants to access your TikTok account</h1>
<form method="post" action="">
  <label for="sandbox_user">Continue as</label>
  <select id="sandbox_user" name="sandbox_user">${options}</select>
  <p>This app will be able to:</p>
  <ul>${scopes}</ul>
  ${hidden('client_key', request.clientKey)}
  ${hidden('redirect_uri', request.redirectUri)}
  ${hidden('response_type', 'code')}
  ${hidden('scope', request.scopes.join(','))}
  ${hidden('state', request.state)}
  ${hidden('code_challenge', request.codeChallenge)}
  ${hidden('code_challenge_method', request.codeChallenge ? 'S256' : undefined)}
  <div class="buttons">
    <button type="submit" name="decision" value="deny">Deny</button>
    <button type="submit" name="decision" value="approve">Approve</button>
  </div>
</form>`;
  return htmlPage('Authorize with TikTok', body);
}
