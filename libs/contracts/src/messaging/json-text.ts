import { z } from 'zod';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The JsonTexts met by the stringifyJson call under way (it is synchronous: one at a time). */
let splicing: JsonText[] | undefined;
/**
 * What a JsonText writes for itself while stringifyJson runs, then replaced
 * by its text. The random part keeps any string a client sent from matching.
 */
const PLACEHOLDER = `\u0000json-text:${globalThis.crypto.randomUUID()}:`;

/**
 * A value already written as JSON where its data lives (Postgres builds a
 * page's items), carried as UTF-8 bytes through NATS to the HTTP response,
 * where it is spliced in unparsed. `T` is what the JSON holds. Anything that
 * does not know it (a log line, a generic `JSON.stringify`) still gets the
 * value through `toJSON`.
 */
export class JsonText<T = unknown> {
  private constructor(readonly bytes: Uint8Array) {}

  /** `text` must be valid JSON: it goes out to clients as it is. */
  static fromText<T>(text: string): JsonText<T> {
    return new JsonText<T>(encoder.encode(text));
  }

  static fromBytes<T>(bytes: Uint8Array): JsonText<T> {
    return new JsonText<T>(bytes);
  }

  /** `value` written as JSON once, here (a whole page at once costs less than item by item). */
  static of<T>(value: T): JsonText<T> {
    return JsonText.fromText<T>(JSON.stringify(value));
  }

  get text(): string {
    return decoder.decode(this.bytes);
  }

  /** The value itself, for serialisers that cannot splice the text in. */
  toJSON(): T {
    if (!splicing) return JSON.parse(this.text) as T;
    splicing.push(this);
    // Only stringifyJson sees this string, and replaces it.
    return `${PLACEHOLDER}${splicing.length - 1}` as T;
  }
}

/**
 * JSON.stringify, except that each JsonText within `value` is written as its
 * text, unparsed; a value without one costs what JSON.stringify costs.
 */
export function stringifyJson(value: unknown): string {
  const found: JsonText[] = [];
  splicing = found;
  let json: string;
  try {
    json = JSON.stringify(value);
  } finally {
    splicing = undefined;
  }
  if (found.length === 0) return json;
  let spliced = '';
  let from = 0;
  found.forEach((text, index) => {
    // JSON.stringify wrote the placeholder as a string; its NUL came out escaped.
    const written = JSON.stringify(`${PLACEHOLDER}${index}`);
    const at = json.indexOf(written, from);
    if (at < 0) throw new Error('a JsonText was not written where JSON.stringify met it');
    spliced += json.slice(from, at) + text.text;
    from = at + written.length;
  });
  return spliced + json.slice(from);
}

/** The schema of a JsonText holding `T`s (checked as a JsonText; its text is trusted). */
export function jsonTextOf<TValue extends z.ZodType>(_value: TValue) {
  return z.custom<JsonText<z.output<TValue>>>((value) => value instanceof JsonText, {
    message: 'Expected JSON text',
  });
}
