import { z } from 'zod';

// Formats of what the services answer, for the OpenAPI document. They are not
// checked when a reply arrives (the services make these values themselves), so
// they cost nothing at run time.

export function uuidText() {
  return z.string().meta({ format: 'uuid' });
}

export function dateTimeText() {
  return z.string().meta({ format: 'date-time' });
}

export function urlText() {
  return z.string().meta({ format: 'uri' });
}

/** A count of things: a whole number from 0. */
export function count() {
  return z.int().min(0);
}
