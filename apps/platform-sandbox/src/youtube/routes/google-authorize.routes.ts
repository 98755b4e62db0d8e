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
import { YOUTUBE_ENDPOINTS } from '../../platforms/platform-endpoints.js';
import type { SandboxRouteOptions } from '../../routes/route-options.js';
import type { SandboxState } from '../../state/sandbox-state.js';
import { checkGoogleAuthorize, type GoogleAuthorizeRequest } from '../google-authorize-request.js';

const PARAMETERS = [
  'client_id',
  'redirect_uri',
  'response_type',
  'scope',
  'state',
  'access_type',
  'prompt',
  'code_challenge',
  'code_challenge_method',
  'include_granted_scopes',
  'login_hint',
];

function decide(
  reply: FastifyReply,
  state: SandboxState,
  request: GoogleAuthorizeRequest,
  choice: ConsentChoice & { kind: 'decided' },
) {
  if (!choice.approve) {
    return redirectTo(
      reply,
      redirectLocation(request.redirectUri, { error: 'access_denied', state: request.state }),
    );
  }
  const { catalog, codes } = state.youtube;
  const channel = choice.login ? catalog.find(choice.login) : catalog.first();
  if (!channel) {
    return showErrorPage(reply, 'Unknown sandbox user', `No YouTube channel "${choice.login}".`);
  }
  const code = codes.issue({
    channelId: channel.id,
    scopes: request.scopes,
    redirectUri: request.redirectUri,
    offline: request.offline,
    forcedConsent: request.forcedConsent,
    codeChallenge: request.codeChallenge,
    codeChallengeMethod: request.codeChallengeMethod,
  });
  return redirectTo(
    reply,
    redirectLocation(request.redirectUri, {
      state: request.state,
      code,
      scope: request.scopes.join(' '),
    }),
  );
}

/**
 * `accounts.google.com/o/oauth2/v2/auth`: GET shows the consent page, or
 * decides at once on `sandbox_decision` / auto-approve; POST is the page's form.
 */
export async function googleAuthorizeRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  const config = { platformEndpoint: YOUTUBE_ENDPOINTS.authorize };
  app.get(YOUTUBE_ENDPOINTS.authorize, { config }, async (request, reply) => {
    const parameters = Object.fromEntries(
      PARAMETERS.map((name) => [name, queryValue(request.query, name)]),
    );
    const check = checkGoogleAuthorize(parameters, state.youtube.settings);
    if (check.outcome === 'page_error') {
      return showErrorPage(reply, check.title, check.detail, check.status);
    }
    const choice = consentChoiceOf(request.query, state.settings.autoApprove);
    if (choice.kind === 'invalid') {
      return showErrorPage(reply, 'Bad sandbox_decision', 'sandbox_decision is approve or deny.');
    }
    if (choice.kind === 'decided') return decide(reply, state, check.request, choice);
    const { catalog } = state.youtube;
    const selected = choice.login ? catalog.find(choice.login) : catalog.first();
    if (!selected) return showErrorPage(reply, 'Unknown sandbox user', `No "${choice.login}".`);
    return reply.type('text/html').send(
      platformConsentPage({
        platformName: 'Google',
        accounts: catalog.accounts.map((channel) => ({
          value: channel.username,
          label: `@${channel.username} (${channel.title})`,
        })),
        selected: selected.username,
        scopes: check.request.scopes,
        parameters,
      }),
    );
  });
  app.post(YOUTUBE_ENDPOINTS.authorize, { config }, async (request, reply) => {
    const form = readForm(request) ?? {};
    const check = checkGoogleAuthorize(form, state.youtube.settings);
    if (check.outcome === 'page_error') {
      return showErrorPage(reply, check.title, check.detail, check.status);
    }
    const choice = consentChoiceOfForm(form);
    if (choice.kind !== 'decided') {
      return showErrorPage(reply, 'Something went wrong', 'Choose Approve or Deny.');
    }
    return decide(reply, state, check.request, choice);
  });
}
