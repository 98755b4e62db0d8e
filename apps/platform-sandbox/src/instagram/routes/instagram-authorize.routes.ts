import type { FastifyInstance, FastifyReply } from 'fastify';
import { redirectLocation } from '../../consent/redirect-location.js';
import { queryValue } from '../../http/query-value.js';
import { readForm } from '../../http/raw-bodies.js';
import {
  type ConsentChoice,
  consentChoiceOf,
  consentChoiceOfForm,
} from '../../platforms/consent-choice.js';
import { platformConsentPage } from '../../platforms/consent-form.js';
import { redirectTo, showErrorPage } from '../../platforms/page-replies.js';
import { INSTAGRAM_ENDPOINTS } from '../../platforms/platform-endpoints.js';
import type { SandboxRouteOptions } from '../../routes/route-options.js';
import type { SandboxState } from '../../state/sandbox-state.js';
import {
  checkInstagramAuthorize,
  type InstagramAuthorizeRequest,
} from '../instagram-authorize-request.js';

const PARAMETERS = ['client_id', 'redirect_uri', 'response_type', 'scope', 'state'];

/** Instagram appends `#_` to the callback URL; clients strip it. */
function withFragment(location: string): string {
  return `${location}#_`;
}

function decide(
  reply: FastifyReply,
  state: SandboxState,
  request: InstagramAuthorizeRequest,
  choice: ConsentChoice & { kind: 'decided' },
) {
  if (!choice.approve) {
    return redirectTo(
      reply,
      redirectLocation(request.redirectUri, {
        error: 'access_denied',
        error_reason: 'user_denied',
        error_description: 'The user denied your request',
        state: request.state,
      }),
    );
  }
  const { catalog, codes } = state.instagram;
  const account = choice.login ? catalog.find(choice.login) : catalog.first();
  if (!account) {
    return showErrorPage(reply, 'Unknown sandbox user', `No Instagram account "${choice.login}".`);
  }
  const code = codes.issue({
    accountId: account.id,
    scopes: request.scopes,
    redirectUri: request.redirectUri,
  });
  return redirectTo(
    reply,
    withFragment(redirectLocation(request.redirectUri, { code, state: request.state })),
  );
}

/**
 * `www.instagram.com/oauth/authorize`: GET shows the consent page, or decides
 * at once on `sandbox_decision` / auto-approve; POST is the page's own form.
 */
export async function instagramAuthorizeRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  const config = { platformEndpoint: INSTAGRAM_ENDPOINTS.authorize };
  app.get(INSTAGRAM_ENDPOINTS.authorize, { config }, async (request, reply) => {
    const parameters = Object.fromEntries(
      PARAMETERS.map((name) => [name, queryValue(request.query, name)]),
    );
    const check = checkInstagramAuthorize(parameters, state.instagram.settings);
    if (check.outcome === 'page_error') return showErrorPage(reply, check.title, check.detail);
    const choice = consentChoiceOf(request.query, state.settings.autoApprove);
    if (choice.kind === 'invalid') {
      return showErrorPage(reply, 'Bad sandbox_decision', 'sandbox_decision is approve or deny.');
    }
    if (choice.kind === 'decided') return decide(reply, state, check.request, choice);
    const { catalog } = state.instagram;
    const selected = choice.login ? catalog.find(choice.login) : catalog.first();
    if (!selected) return showErrorPage(reply, 'Unknown sandbox user', `No "${choice.login}".`);
    return reply.type('text/html').send(
      platformConsentPage({
        platformName: 'Instagram',
        accounts: catalog.accounts.map((account) => ({
          value: account.username,
          label: `@${account.username} (${account.name})`,
        })),
        selected: selected.username,
        scopes: check.request.scopes,
        parameters,
      }),
    );
  });
  app.post(INSTAGRAM_ENDPOINTS.authorize, { config }, async (request, reply) => {
    const form = readForm(request) ?? {};
    const check = checkInstagramAuthorize(form, state.instagram.settings);
    if (check.outcome === 'page_error') return showErrorPage(reply, check.title, check.detail);
    const choice = consentChoiceOfForm(form);
    if (choice.kind !== 'decided') {
      return showErrorPage(reply, 'Something went wrong', 'Choose Approve or Deny.');
    }
    return decide(reply, state, check.request, choice);
  });
}
