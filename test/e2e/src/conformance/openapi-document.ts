import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type JsonObject = Record<string, unknown>;

/** The committed document, from the repository's root; `npm run openapi` rewrites it. */
export const COMMITTED_DOCUMENT_NAME = 'openapi/openapi.json';

/** Read at run time, never imported: its content changes with the code. */
export const COMMITTED_DOCUMENT_PATH = join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  COMMITTED_DOCUMENT_NAME,
);

/** The fields of OpenAPI 3.1 that name an operation in a path item. */
export const OPERATION_METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
] as const;

/** A node of the document and the JSON pointer (RFC 6901, `#/...`) where it was found. */
export interface Located {
  node: JsonObject;
  pointer: string;
}

const MAX_REFERENCE_HOPS = 32;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `#/a/b` extended by more segments, each escaped as RFC 6901 says and then
 * percent-encoded, as in a URI fragment (the form `$ref`s and Ajv use).
 */
export function childPointer(pointer: string, ...segments: string[]): string {
  const escaped = segments.map((segment) =>
    encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1')),
  );
  return [pointer, ...escaped].join('/');
}

function segmentsOf(pointer: string): string[] {
  if (pointer === '#') return [];
  return pointer
    .slice(2)
    .split('/')
    .map((segment) => decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** An OpenAPI 3.1 document, whatever it describes, with its local `$ref`s followed on demand. */
export class OpenApiDocument {
  constructor(readonly raw: JsonObject) {}

  static load(path = COMMITTED_DOCUMENT_PATH): OpenApiDocument {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (
      !isJsonObject(parsed) ||
      typeof parsed.openapi !== 'string' ||
      !parsed.openapi.startsWith('3.1')
    )
      throw new Error(`${path} is not an OpenAPI 3.1 document`);
    return new OpenApiDocument(parsed);
  }

  /** The node at a local pointer, or undefined when nothing is there. */
  at(pointer: string): unknown {
    if (pointer !== '#' && !pointer.startsWith('#/')) return undefined;
    let segments: string[];
    try {
      segments = segmentsOf(pointer);
    } catch {
      return undefined; // a malformed %-escape in a $ref
    }
    let node: unknown = this.raw;
    for (const segment of segments) {
      if (Array.isArray(node)) node = node[Number(segment)];
      else if (isJsonObject(node)) node = node[segment];
      else return undefined;
    }
    return node;
  }

  /**
   * The object at `pointer`, following Reference Objects (`{"$ref": "#/components/responses/X"}`)
   * to their target. Throws for a reference that leads nowhere or out of the document.
   */
  resolve(pointer: string): Located | undefined {
    let current = pointer;
    for (let hop = 0; hop < MAX_REFERENCE_HOPS; hop += 1) {
      const node = this.at(current);
      if (!isJsonObject(node)) return undefined;
      if (typeof node.$ref !== 'string') return { node, pointer: current };
      if (!node.$ref.startsWith('#'))
        throw new Error(`${current}: $ref ${node.$ref} leaves the document`);
      if (this.at(node.$ref) === undefined)
        throw new Error(`${current}: $ref ${node.$ref} does not resolve`);
      current = node.$ref;
    }
    throw new Error(`${pointer}: more than ${MAX_REFERENCE_HOPS} $refs in a row`);
  }

  /** The path templates under `paths`, in document order. */
  pathTemplates(): string[] {
    return isJsonObject(this.raw.paths) ? Object.keys(this.raw.paths) : [];
  }

  /**
   * The path every server URL puts in front of the templates (`""` when a
   * server has none), with server variables at their defaults.
   */
  serverBasePaths(): string[] {
    const servers = Array.isArray(this.raw.servers) ? this.raw.servers.filter(isJsonObject) : [];
    const basePaths = servers
      .filter((server) => typeof server.url === 'string')
      .map((server) => {
        const variables = isJsonObject(server.variables) ? server.variables : {};
        const url = String(server.url).replace(/\{([^}]+)\}/g, (_match, name: string) => {
          const variable = variables[name];
          return isJsonObject(variable) ? String(variable.default ?? '') : '';
        });
        return new URL(url, 'http://server.invalid').pathname.replace(/\/+$/, '');
      });
    return basePaths.length === 0 ? [''] : [...new Set(basePaths)];
  }
}
