export type RequestedFields = { ok: true; fields: string[] } | { ok: false; problem: string };

/** The comma-separated `fields` query parameter, checked against the fields an endpoint knows. */
export function requestedFields(
  raw: string | undefined,
  known: readonly string[],
): RequestedFields {
  const fields = [
    ...new Set(
      (raw ?? '')
        .split(',')
        .map((field) => field.trim())
        .filter((field) => field !== ''),
    ),
  ];
  if (fields.length === 0) return { ok: false, problem: 'The fields parameter is required.' };
  const unknown = fields.filter((field) => !known.includes(field));
  if (unknown.length > 0) return { ok: false, problem: `Invalid fields: ${unknown.join(',')}.` };
  return { ok: true, fields };
}

/** Only the requested fields, as TikTok answers. */
export function pickFields(values: Record<string, unknown>, fields: readonly string[]) {
  return Object.fromEntries(fields.map((field) => [field, values[field]]));
}
