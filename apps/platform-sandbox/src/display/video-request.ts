import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { sendDisplayError } from '../http/display-replies.js';
import { queryValue } from '../http/query-value.js';
import { readJson } from '../http/raw-bodies.js';
import type { SandboxState } from '../state/sandbox-state.js';
import type { SandboxVideo } from '../state/seed-creators.js';
import { displayCaller, DisplayCaller } from './display-caller.js';
import { originOf } from './public-urls.js';
import { firstProblem } from './request-bodies.js';
import { pickFields, requestedFields } from './requested-fields.js';
import { VIDEO_FIELDS, videoFieldValues } from './video-fields.js';

export interface VideoRequest<Body> {
  caller: DisplayCaller;
  fields: string[];
  body: Body;
}

/**
 * What both video endpoints check first: the caller's token and scope, the
 * `fields` query and the JSON body. Answers the error itself and returns
 * undefined when one of them is wrong.
 */
export function readVideoRequest<Schema extends z.ZodType>(
  request: FastifyRequest,
  reply: FastifyReply,
  state: SandboxState,
  schema: Schema,
): VideoRequest<z.infer<Schema>> | undefined {
  const caller = displayCaller(request, reply, state, 'video.list');
  if (!caller) return undefined;
  const fields = requestedFields(queryValue(request.query, 'fields'), VIDEO_FIELDS);
  if (!fields.ok) {
    void sendDisplayError(request, reply, 'invalid_params', fields.problem);
    return undefined;
  }
  const json = readJson(request);
  if (!json.ok) {
    void sendDisplayError(request, reply, 'invalid_params', json.problem);
    return undefined;
  }
  const body = schema.safeParse(json.value);
  if (!body.success) {
    void sendDisplayError(request, reply, 'invalid_params', firstProblem(body.error));
    return undefined;
  }
  return { caller, fields: fields.fields, body: body.data };
}

/** The videos as the Display API returns them: only the asked fields, links signed for this caller. */
export function videosAsAsked(
  request: FastifyRequest,
  state: SandboxState,
  asked: VideoRequest<unknown>,
  videos: SandboxVideo[],
): Record<string, unknown>[] {
  const links = {
    origin: originOf(request),
    clientKey: asked.caller.grant.clientKey,
    nowSeconds: state.clock.nowSeconds(),
  };
  return videos.map((video) =>
    pickFields(videoFieldValues(asked.caller.creator, video, links), asked.fields),
  );
}
