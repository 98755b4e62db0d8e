import type { FastifyInstance } from 'fastify';
import { displayCaller } from '../display/display-caller.js';
import { originOf } from '../display/public-urls.js';
import { pickFields, requestedFields } from '../display/requested-fields.js';
import { USER_FIELD_SCOPES, USER_FIELDS, userFieldValues } from '../display/user-fields.js';
import { sendDisplayData, sendDisplayError } from '../http/display-replies.js';
import { queryValue } from '../http/query-value.js';
import { TIKTOK_PATHS } from '../tiktok-endpoints.js';
import type { SandboxRouteOptions } from './route-options.js';

/**
 * `GET /v2/user/info/?fields=...`: the creator of the token, only the
 * requested fields. A field whose scope was not granted is 400
 * `scope_permission_missed` (the endpoint itself needs user.info.basic).
 */
export async function userInfoRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  app.get(
    TIKTOK_PATHS.userInfo,
    { config: { tiktokPath: TIKTOK_PATHS.userInfo } },
    async (request, reply) => {
      const caller = displayCaller(request, reply, state, 'user.info.basic');
      if (!caller) return reply;
      const fields = requestedFields(queryValue(request.query, 'fields'), USER_FIELDS);
      if (!fields.ok) return sendDisplayError(request, reply, 'invalid_params', fields.problem);
      const missing = fields.fields.filter(
        (field) => !caller.grant.scopes.includes(USER_FIELD_SCOPES[field] as string),
      );
      if (missing.length > 0) {
        return sendDisplayError(
          request,
          reply,
          'scope_permission_missed',
          `The user did not authorize the scope required for: ${missing.join(',')}.`,
        );
      }
      const user = pickFields(userFieldValues(caller.creator, originOf(request)), fields.fields);
      return sendDisplayData(request, reply, { user });
    },
  );
}
