import { z } from 'zod';
import { int64 } from '@tally/platform-kit';

/** The Graph API's envelope: `{error: {message, type, code, error_subcode, fbtrace_id}}`. */
const graphErrorSchema = z.object({
  error: z.object({
    message: z.string().default(''),
    type: z.string().optional(),
    code: int64.optional(),
    error_subcode: int64.optional(),
    fbtrace_id: z.string().optional(),
    is_transient: z.boolean().optional(),
  }),
});

/** api.instagram.com's flat OAuth shape: `{error_type, code, error_message}` (`code` is the HTTP status). */
const oauthErrorSchema = z.object({
  error_type: z.string(),
  code: int64.optional(),
  error_message: z.string().default(''),
});

/** Either shape, read the same way. */
export interface InstagramErrorBody {
  shape: 'graph' | 'oauth';
  type?: string;
  code?: number;
  subcode?: number;
  message: string;
  traceId?: string;
  isTransient?: boolean;
}

/** The error a body carries, in either of Instagram's shapes; undefined when it carries none. */
export function readErrorBody(body: unknown): InstagramErrorBody | undefined {
  const graph = graphErrorSchema.safeParse(body);
  if (graph.success) {
    const { error } = graph.data;
    return {
      shape: 'graph',
      type: error.type,
      code: error.code,
      subcode: error.error_subcode,
      message: error.message,
      traceId: error.fbtrace_id,
      isTransient: error.is_transient,
    };
  }
  const oauth = oauthErrorSchema.safeParse(body);
  if (oauth.success) {
    const { error_type: type, code, error_message: message } = oauth.data;
    return { shape: 'oauth', type, code, message };
  }
  return undefined;
}
