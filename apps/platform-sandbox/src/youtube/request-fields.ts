import type { FastifyRequest } from 'fastify';
import { readForm, readJson } from '../http/raw-bodies.js';

/** Google's token endpoints take a form body, or a JSON object of strings. */
export function googleRequestFields(request: FastifyRequest): Record<string, string> | undefined {
  const form = readForm(request);
  if (form) return form;
  const json = readJson(request);
  if (!json.ok || typeof json.value !== 'object' || json.value === null) return undefined;
  return Object.fromEntries(
    Object.entries(json.value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}
