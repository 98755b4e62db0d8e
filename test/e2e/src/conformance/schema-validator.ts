import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import type { OpenApiDocument } from './openapi-document.js';

/** The id the document is registered under, so that its `#/components/...` refs resolve inside it. */
const DOCUMENT_ID = 'https://openapi.invalid/openapi.json';
const MAX_VALUE_LENGTH = 60;
const KEYWORDS_ABOUT_A_VALUE = new Set(['type', 'enum', 'const', 'format', 'pattern']);

function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
}

function valueAt(body: unknown, instancePath: string): unknown {
  let node = body;
  for (const segment of instancePath.split('/').slice(1)) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** One Ajv error as a line a person reads: where, what was expected and, for a leaf, what came. */
function describeError(error: ErrorObject, body: unknown): string {
  const where = error.instancePath === '' ? '' : `${error.instancePath} `;
  let what = error.message ?? error.keyword;
  if (error.keyword === 'additionalProperties')
    what += ` (${String(error.params.additionalProperty)})`;
  if (error.keyword === 'unevaluatedProperties')
    what += ` (${String(error.params.unevaluatedProperty)})`;
  if (error.keyword === 'enum') what += ` ${shortJson(error.params.allowedValues)}`;
  if (error.keyword === 'const') what += ` ${shortJson(error.params.allowedValue)}`;
  if (KEYWORDS_ABOUT_A_VALUE.has(error.keyword))
    what += `, got ${shortJson(valueAt(body, error.instancePath))}`;
  return `${where}${what}`;
}

/**
 * Validates values against the schemas of an OpenAPI 3.1 document (JSON
 * Schema 2020-12), each schema named by its pointer in the document and
 * compiled once, on first use.
 */
export class SchemaValidator {
  private readonly ajv: Ajv2020;

  constructor(document: OpenApiDocument) {
    this.ajv = new Ajv2020({
      allErrors: true,
      // OpenAPI adds keywords of its own (example, discriminator, xml,
      // externalDocs, x-*) and its dialect's meta-schema is not Ajv's.
      strict: false,
      validateSchema: false,
      logger: false,
    });
    // ajv-formats is CommonJS with `exports.default`: the plugin is that default.
    ajvFormats.default(this.ajv, { mode: 'full', keywords: false });
    this.ajv.addSchema({ ...document.raw, $id: DOCUMENT_ID });
  }

  /** What is wrong with `value` for the schema at `pointer` (`#/paths/...`), one line each. */
  problems(pointer: string, value: unknown): string[] {
    const validate = this.validatorFor(pointer);
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => describeError(error, value));
  }

  /** Ajv keeps what it compiled, by the same key. */
  private validatorFor(pointer: string): ValidateFunction {
    const validate = this.ajv.getSchema(`${DOCUMENT_ID}${pointer}`);
    if (!validate) throw new Error(`no schema at ${pointer}`);
    return validate;
  }
}
