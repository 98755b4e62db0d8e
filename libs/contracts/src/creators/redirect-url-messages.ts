import { z } from 'zod';
import { dateTimeText, urlText } from '../http/formats.js';
import { schemaClass } from '../messaging/schema-class.js';
import {
  allowedRedirectUrlProblem,
  MAX_ALLOWED_REDIRECT_URLS,
  normaliseAllowedRedirectUrl,
} from './redirect-url-rules.js';

const AllowedRedirectUrlSchema = z
  .string()
  .max(2048)
  .superRefine((value, context) => {
    const problem = allowedRedirectUrlProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: `each URL ${problem}` });
  })
  .transform(normaliseAllowedRedirectUrl)
  .describe(
    'An absolute https URL (http only for localhost and 127.0.0.1) without query or fragment; trailing slashes are dropped.',
  );

/** `PUT /api/v1/connect/redirect-urls`: the whole list, replacing the one before. */
export const ReplaceRedirectUrlsInputSchema = z.strictObject({
  urls: z
    .array(AllowedRedirectUrlSchema)
    .max(MAX_ALLOWED_REDIRECT_URLS)
    .transform((urls) => [...new Set(urls)])
    .describe(
      `Up to ${MAX_ALLOWED_REDIRECT_URLS} URLs. A connect flow's \`redirectUrl\` is accepted when its origin is one of theirs and its path is theirs or below it; an empty list refuses every \`redirectUrl\`.`,
    ),
});
export class ReplaceRedirectUrlsInput extends schemaClass(ReplaceRedirectUrlsInputSchema) {}

export const RedirectUrlsViewSchema = z
  .object({
    urls: z.array(urlText()).describe('The allowed redirect URLs, normalised, in the order given.'),
    updatedAt: dateTimeText()
      .nullable()
      .describe('When the list was last replaced; null when it never was.'),
  })
  .describe("The account's allowed redirect URLs for connect flows.");
export type RedirectUrlsView = z.output<typeof RedirectUrlsViewSchema>;
