import type { FastifyInstance, FastifyReply } from 'fastify';
import { checkAuthorizeRequest } from '../consent/authorize-request.js';
import { applyConsentDecision, type ConsentOutcome } from '../consent/consent-decision.js';
import { consentPage } from '../consent/consent-page.js';
import { errorPage } from '../consent/error-page.js';
import { redirectLocation } from '../consent/redirect-location.js';
import { queryValue } from '../http/query-value.js';
import { readForm, readFormValues } from '../http/raw-bodies.js';
import { TIKTOK_PATHS } from '../tiktok-endpoints.js';
import type { SandboxRouteOptions } from './route-options.js';

const AUTHORIZE_PARAMETERS = [
  'client_key',
  'redirect_uri',
  'response_type',
  'scope',
  'state',
  'code_challenge',
  'code_challenge_method',
];

function showPageError(reply: FastifyReply, title: string, detail: string) {
  return reply.code(400).type('text/html').send(errorPage(title, detail));
}

function redirect(reply: FastifyReply, location: string) {
  return reply.code(302).header('location', location).send();
}

function answer(reply: FastifyReply, outcome: ConsentOutcome) {
  return outcome.outcome === 'redirect'
    ? redirect(reply, outcome.location)
    : showPageError(reply, outcome.title, outcome.detail);
}

function commaList(value: string | undefined): string[] | undefined {
  return value?.split(',').map((item) => item.trim());
}

/**
 * The consent page of the "www" host. GET shows it, or decides at once when
 * auto-approve is on or the URL carries `sandbox_decision=approve|deny`
 * (with `sandbox_user` and `sandbox_scopes` as the person's choices);
 * POST is the page's own form.
 */
export async function authorizeRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  const config = { tiktokPath: TIKTOK_PATHS.authorize };

  app.get(TIKTOK_PATHS.authorize, { config }, async (request, reply) => {
    const parameters = Object.fromEntries(
      AUTHORIZE_PARAMETERS.map((name) => [name, queryValue(request.query, name)]),
    );
    const check = checkAuthorizeRequest(parameters, state.settings);
    if (check.outcome === 'page_error') return showPageError(reply, check.title, check.detail);
    if (check.outcome === 'redirect_error') {
      const { error, description, state: echoed } = check;
      return redirect(
        reply,
        redirectLocation(check.redirectUri, {
          error,
          error_description: description,
          state: echoed,
        }),
      );
    }

    const login = queryValue(request.query, 'sandbox_user');
    const decision = queryValue(request.query, 'sandbox_decision');
    if (decision === undefined && !state.settings.autoApprove) {
      const selected = login ? state.catalog.find(login) : state.catalog.first();
      if (!selected) return showPageError(reply, 'Unknown sandbox user', `No creator "${login}".`);
      return reply
        .type('text/html')
        .send(consentPage(check.request, state.catalog.creators, selected));
    }
    if (decision !== undefined && decision !== 'approve' && decision !== 'deny') {
      return showPageError(reply, 'Bad sandbox_decision', 'sandbox_decision is approve or deny.');
    }
    return answer(
      reply,
      applyConsentDecision(state, check.request, {
        approve: decision !== 'deny',
        login,
        grantedScopes: commaList(queryValue(request.query, 'sandbox_scopes')),
      }),
    );
  });

  app.post(TIKTOK_PATHS.authorize, { config }, async (request, reply) => {
    const form = readForm(request) ?? {};
    const check = checkAuthorizeRequest(form, state.settings);
    if (check.outcome === 'page_error') return showPageError(reply, check.title, check.detail);
    if (check.outcome === 'redirect_error') {
      return showPageError(reply, 'Something went wrong', check.description);
    }
    if (form.decision !== 'approve' && form.decision !== 'deny') {
      return showPageError(reply, 'Something went wrong', 'Choose Approve or Deny.');
    }
    return answer(
      reply,
      applyConsentDecision(state, check.request, {
        approve: form.decision === 'approve',
        login: form.sandbox_user,
        grantedScopes: readFormValues(request, 'granted_scope'),
      }),
    );
  });
}
