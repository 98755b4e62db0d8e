import { documentedMediaType, essenceOf, isJsonMediaType } from './media-types.js';
import {
  childPointer,
  isJsonObject,
  type Located,
  OPERATION_METHODS,
  type OpenApiDocument,
} from './openapi-document.js';
import { PathTemplates } from './path-templates.js';
import { SchemaValidator } from './schema-validator.js';

/** One request and the response it received, as far as the check needs them. */
export interface ObservedExchange {
  method: string;
  /** An absolute URL, or a path with its query string. */
  url: string;
  status: number;
  /** The Content-Type header, if any. */
  contentType: string | null;
  body: string;
}

/** Whether the response to a HEAD came from its GET operation (HEAD has no body to check). */
interface FoundOperation {
  operation: Located;
  bodyless: boolean;
}

const MAX_BODY_PROBLEMS = 10;

function pathnameOf(url: string): string {
  try {
    return new URL(url, 'http://request.invalid').pathname;
  } catch {
    // What a raw node:http request may carry; URL would refuse it.
    return url.split('?')[0];
  }
}

function isOperationMethod(method: string): method is (typeof OPERATION_METHODS)[number] {
  return (OPERATION_METHODS as readonly string[]).includes(method);
}

/** The key of `responses` for this status: exact, then its range (`4XX`), then `default`. */
function responseKeyFor(responses: Record<string, unknown>, status: number): string | undefined {
  const keys = Object.keys(responses);
  const range = `${String(status)[0]}XX`;
  return (
    keys.find((key) => key === String(status)) ??
    keys.find((key) => key.toUpperCase() === range) ??
    keys.find((key) => key === 'default')
  );
}

/**
 * Checks exchanges against an OpenAPI 3.1 document: the status must be
 * documented for the operation, the media type must be one of its response's,
 * a JSON body must validate against that media type's schema, and a response
 * documented without content must have no body.
 */
export class ResponseChecker {
  private readonly templates: PathTemplates;
  private readonly schemas: SchemaValidator;

  constructor(private readonly document: OpenApiDocument) {
    this.templates = new PathTemplates(document.pathTemplates(), document.serverBasePaths());
    this.schemas = new SchemaValidator(document);
  }

  /** Whether the URL's path is one the document describes: other exchanges are not checked. */
  covers(url: string): boolean {
    return this.templates.match(pathnameOf(url)) !== undefined;
  }

  /** What does not conform, one readable line each; empty when all does or nothing applies. */
  check(exchange: ObservedExchange): string[] {
    const template = this.templates.match(pathnameOf(exchange.url));
    const method = exchange.method.toLowerCase();
    // PROPFIND, FOO and the like cannot be described in OpenAPI at all.
    if (template === undefined || !isOperationMethod(method)) return [];
    const name = `${method.toUpperCase()} ${template}`;
    try {
      return this.checkOperation(name, template, method, exchange);
    } catch (error) {
      return [`${name} ${exchange.status}: cannot check: ${(error as Error).message}`];
    }
  }

  private checkOperation(
    name: string,
    template: string,
    method: string,
    exchange: ObservedExchange,
  ): string[] {
    const found = this.operationFor(template, method);
    if (!found) {
      // Refusing a method the document does not offer is consistent with it;
      // serving one is drift.
      return exchange.status >= 400
        ? []
        : [
            `${name} answered ${exchange.status}, but the document has no ${method.toUpperCase()} operation for ${template}`,
          ];
    }
    const responses = this.document.resolve(childPointer(found.operation.pointer, 'responses'));
    const key = responses && responseKeyFor(responses.node, exchange.status);
    if (!responses || key === undefined)
      return [`${name} answered ${exchange.status}, not documented`];
    const response = this.document.resolve(childPointer(responses.pointer, key));
    if (!response) return [`${name} ${exchange.status}: response ${key} is not an object`];
    return this.contentProblems(`${name} ${exchange.status}`, response, exchange, found.bodyless);
  }

  private operationFor(template: string, method: string): FoundOperation | undefined {
    const pathItem = this.document.resolve(childPointer('#', 'paths', template));
    if (!pathItem) return undefined;
    const operation = this.document.resolve(childPointer(pathItem.pointer, method));
    if (operation) return { operation, bodyless: method === 'head' };
    // HTTP answers HEAD as it would GET, without the body (RFC 9110, 9.3.2).
    if (method !== 'head') return undefined;
    const get = this.document.resolve(childPointer(pathItem.pointer, 'get'));
    return get && { operation: get, bodyless: true };
  }

  private contentProblems(
    name: string,
    response: Located,
    exchange: ObservedExchange,
    bodyless: boolean,
  ): string[] {
    const content = isJsonObject(response.node.content) ? response.node.content : {};
    const documented = Object.keys(content);
    const essence = exchange.contentType ? essenceOf(exchange.contentType) : undefined;
    const hasBody = exchange.body.length > 0;
    if (documented.length === 0)
      return hasBody
        ? [`${name}: documented without content, but answered ${essence ?? 'a body'}`]
        : [];
    const listed = documented.join(', ');
    if (essence === undefined) {
      if (hasBody)
        return [`${name}: answered a body without a Content-Type, documented as ${listed}`];
      return bodyless ? [] : [`${name}: answered no body, documented as ${listed}`];
    }
    const mediaType = documentedMediaType(documented, essence);
    if (mediaType === undefined) return [`${name}: answered ${essence}, documented as ${listed}`];
    if (bodyless || !isJsonMediaType(essence)) return [];
    if (!hasBody) return [`${name}: answered no body, documented as ${mediaType}`];
    return this.bodyProblems(name, childPointer(response.pointer, 'content', mediaType), exchange);
  }

  private bodyProblems(
    name: string,
    mediaTypePointer: string,
    exchange: ObservedExchange,
  ): string[] {
    let body: unknown;
    try {
      body = JSON.parse(exchange.body);
    } catch {
      return [`${name} body: not JSON: ${exchange.body.slice(0, 80)}`];
    }
    const mediaTypeObject = this.document.at(mediaTypePointer);
    if (!isJsonObject(mediaTypeObject) || mediaTypeObject.schema === undefined) return [];
    const problems = this.schemas
      .problems(childPointer(mediaTypePointer, 'schema'), body)
      .map((problem) => `${name} body: ${problem}`);
    if (problems.length <= MAX_BODY_PROBLEMS) return problems;
    return [
      ...problems.slice(0, MAX_BODY_PROBLEMS),
      `${name} body: and ${problems.length - MAX_BODY_PROBLEMS} more problems`,
    ];
  }
}
