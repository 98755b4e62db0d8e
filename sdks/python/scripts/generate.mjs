#!/usr/bin/env node
// Writes sdks/python/tally/_models.py from openapi/openapi.json: a TypedDict per
// schema and the operations table the hand-written client sends requests from.
// Plain Node, no dependencies; the output depends on the document alone.
//
//   node sdks/python/scripts/generate.mjs            write the file
//   node sdks/python/scripts/generate.mjs --check    exit 1 when the file differs
//   --document <path> / --output <path>              other files (the tests use them)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SDK_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = join(SDK_DIR, '..', '..');
const COMMAND = 'node sdks/python/scripts/generate.mjs';

const PYTHON_KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except ' +
    'finally for from global if import in is lambda nonlocal not or pass raise return try while ' +
    'with yield'
  ).split(' '),
);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const COMMENT_WIDTH = 96;

function parseArguments(argv) {
  const options = {
    check: false,
    document: join(ROOT, 'openapi', 'openapi.json'),
    output: join(SDK_DIR, 'tally', '_models.py'),
  };
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i];
    if (argument === '--check') options.check = true;
    else if (argument === '--document') options.document = resolve(argv[(i += 1)]);
    else if (argument === '--output') options.output = resolve(argv[(i += 1)]);
    else throw new Error(`unknown argument ${argument}`);
  }
  return options;
}

/** `expiresInDays` -> `expires_in_days`; `from` -> `from_` (a keyword). */
function snakeCase(name) {
  const snake = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9_]/g, '_')
    .toLowerCase();
  return PYTHON_KEYWORDS.has(snake) ? `${snake}_` : snake;
}

/** `serviceUsers_get` -> `ServiceUsersGet`; `oauth_client` -> `OauthClient`. */
function pascalCase(name) {
  return String(name)
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}

/** A Python literal for a JSON value (the JSON escapes of a string are Python's too). */
function pythonLiteral(value) {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  return JSON.stringify(value);
}

function wrap(text, width) {
  const lines = [];
  for (const paragraph of String(text).split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines;
}

function comment(description, indent) {
  if (!description) return [];
  return wrap(description, COMMENT_WIDTH - indent.length).map((line) =>
    line ? `${indent}#: ${line}` : `${indent}#:`,
  );
}

function docstring(description, indent) {
  if (!description) return [];
  const text = wrap(description, COMMENT_WIDTH - indent.length - 6)
    .join('\n')
    .replace(/\\/g, '\\\\')
    .replace(/"""/g, '\\"\\"\\"');
  const lines = text.split('\n');
  if (lines.length === 1) return [`${indent}"""${lines[0]}"""`];
  return [
    `${indent}"""${lines[0]}`,
    ...lines.slice(1).map((line) => (line ? `${indent}${line}` : '')),
    `${indent}"""`,
  ];
}

const LINE_WIDTH = 100;

/** Splits the arguments of a `Name[a, b]` expression at its top level. */
function topLevelArguments(inner) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i += 1) {
    const char = inner[i];
    if (char === '[' || char === '(') depth += 1;
    else if (char === ']' || char === ')') depth -= 1;
    else if (char === '"') {
      // JSON strings: skip to the closing quote.
      for (i += 1; i < inner.length && inner[i] !== '"'; i += 1) if (inner[i] === '\\') i += 1;
    } else if (char === ',' && depth === 0) {
      parts.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(inner.slice(start).trim());
  return parts.filter(Boolean);
}

/**
 * `head + type + tail` on one line when it fits, else the type's outermost
 * brackets opened with one argument a line (`Literal[` ... `]`).
 */
function fitted(indent, head, type, tail = '') {
  const line = `${indent}${head}${type}${tail}`;
  const open = type.indexOf('[');
  if (line.length <= LINE_WIDTH || open < 0 || !type.endsWith(']')) return [line];
  const items = topLevelArguments(type.slice(open + 1, -1));
  return [
    `${indent}${head}${type.slice(0, open + 1)}`,
    ...items.flatMap((item) => fitted(`${indent}    `, '', item, ',')),
    `${indent}]${tail}`,
  ];
}

/** A Python tuple literal, one element a line when it does not fit after `head`. */
function fittedTuple(indent, head, elements, tail) {
  const inline = elements.length === 0 ? '()' : `(${elements.join(', ')},)`;
  const line = `${indent}${head}${inline}${tail}`;
  if (line.length <= LINE_WIDTH) return [line];
  return [
    `${indent}${head}(`,
    ...elements.map((element) => `${indent}    ${element},`),
    `${indent})${tail}`,
  ];
}

const isNullSchema = (schema) => schema.type === 'null' || (schema.const === null && !schema.type);

/**
 * Python types for JSON schemas. Definitions come out dependency-first (a
 * TypedDict's fields are evaluated when its class is created), each once.
 */
class TypeWriter {
  constructor(document) {
    this.schemas = document.components?.schemas ?? {};
    this.definitions = [];
    this.defined = new Map();
    this.inProgress = new Set();
  }

  refName(ref) {
    const prefix = '#/components/schemas/';
    if (!ref.startsWith(prefix)) throw new Error(`unsupported $ref ${ref}`);
    return ref.slice(prefix.length);
  }

  /** Defines a component schema (once); returns its name, quoted while it is being defined. */
  component(name) {
    if (this.defined.has(name)) return name;
    if (this.inProgress.has(name)) return JSON.stringify(name);
    const schema = this.schemas[name];
    if (!schema) throw new Error(`no schema ${name}`);
    this.inProgress.add(name);
    if (this.isTypedDict(schema)) this.typedDict(name, schema);
    else this.alias(name, this.typeOf(schema, name), schema.description);
    this.inProgress.delete(name);
    return name;
  }

  isTypedDict(schema) {
    return (
      !schema.$ref &&
      !schema.anyOf &&
      !schema.oneOf &&
      schema.type === 'object' &&
      Object.keys(schema.properties ?? {}).length > 0
    );
  }

  add(name, lines, signature) {
    const existing = this.defined.get(name);
    if (existing !== undefined) {
      if (existing !== signature) throw new Error(`two different types would be called ${name}`);
      return;
    }
    this.defined.set(name, signature);
    this.definitions.push({ name, lines });
  }

  alias(name, type, description) {
    this.add(
      name,
      [...comment(description, ''), ...fitted('', `${name} = `, type)],
      `alias ${type}`,
    );
  }

  typeOf(schema, hint) {
    if (schema.$ref) return this.component(this.refName(schema.$ref));
    const variants = schema.anyOf ?? schema.oneOf;
    if (variants) {
      const present = variants.filter((variant) => !isNullSchema(variant));
      const names = present.length === 1 ? [hint] : variantNames(hint, present);
      const types = present.map((variant, index) => this.typeOf(variant, names[index]));
      const type = union(types);
      return present.length < variants.length ? optional(type) : type;
    }
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const nullable = types.includes('null') || (schema.enum ?? []).includes(null);
    const present = types.filter((type) => type !== 'null');
    let type;
    if ('const' in schema) type = `Literal[${pythonLiteral(schema.const)}]`;
    else if (schema.enum) {
      const values = schema.enum.filter((value) => value !== null);
      type = values.length > 0 ? `Literal[${values.map(pythonLiteral).join(', ')}]` : 'None';
    } else if (present.length === 0) type = types.includes('null') ? 'None' : 'Any';
    else type = union(present.map((one) => this.typeOfType(one, schema, hint)));
    return nullable && type !== 'None' ? optional(type) : type;
  }

  typeOfType(type, schema, hint) {
    switch (type) {
      case 'string':
        return 'str';
      case 'integer':
        return 'int';
      case 'number':
        return 'float';
      case 'boolean':
        return 'bool';
      case 'array':
        return `List[${this.typeOf(schema.items ?? {}, `${hint}Item`)}]`;
      case 'object':
        if (Object.keys(schema.properties ?? {}).length === 0) return 'Dict[str, Any]';
        this.typedDict(hint, schema);
        return hint;
      default:
        return 'Any';
    }
  }

  /** A TypedDict; `total=False` holds the optional fields, a base class the required ones. */
  typedDict(name, schema) {
    const required = new Set(schema.required ?? []);
    const fields = Object.keys(schema.properties)
      .sort()
      .map((key) => {
        const property = schema.properties[key];
        return {
          key,
          type: this.typeOf(property, `${name}${pascalCase(key)}`),
          description: property.description,
          required: required.has(key),
        };
      });
    const mandatory = fields.filter((field) => field.required);
    const optional = fields.filter((field) => !field.required);
    const lines = [];
    const doc = docstring(schema.description, '    ');
    const classLines = (header, members, withDoc) => {
      const body = [
        ...(withDoc ? doc : []),
        ...(withDoc && doc.length > 0 && members.length > 0 ? [''] : []),
        ...members.flatMap((field) => [
          ...comment(field.description, '    '),
          ...fitted('    ', `${field.key}: `, field.type),
        ]),
      ];
      return [header, ...(body.length > 0 ? body : ['    pass'])];
    };
    const functional = (typeName, members, total) => [
      `${typeName} = TypedDict(`,
      `    ${JSON.stringify(typeName)},`,
      '    {',
      ...members.flatMap((field) => [
        ...comment(field.description, '        '),
        ...fitted('        ', `${JSON.stringify(field.key)}: `, field.type, ','),
      ]),
      '    },',
      ...(total ? [] : ['    total=False,']),
      ')',
      '',
      '',
    ];
    if (fields.every((field) => IDENTIFIER.test(field.key) && !PYTHON_KEYWORDS.has(field.key))) {
      if (optional.length === 0)
        lines.push(...classLines(`class ${name}(TypedDict):`, fields, true));
      else if (mandatory.length === 0)
        lines.push(...classLines(`class ${name}(TypedDict, total=False):`, fields, true));
      else {
        const base = `_${name}Required`;
        lines.push(...classLines(`class ${base}(TypedDict):`, mandatory, false), '', '');
        lines.push(...classLines(`class ${name}(${base}, total=False):`, optional, true));
      }
    } else {
      // A field named like a keyword (`from`) cannot be a class attribute.
      const bases = [];
      if (mandatory.length > 0) {
        bases.push(`_${name}Required`);
        lines.push(...functional(`_${name}Required`, mandatory, true));
      }
      if (optional.length > 0) {
        bases.push(`_${name}Optional`);
        lines.push(...functional(`_${name}Optional`, optional, false));
      }
      lines.push(...classLines(`class ${name}(${bases.join(', ')}):`, [], true));
    }
    this.add(name, lines, `typeddict ${JSON.stringify(schema)}`);
  }
}

/**
 * Names for the object variants of a union, from the string constants that tell
 * them apart (`type: "user"` -> `KeyCreatorUser`): as few as make the names unique.
 */
function variantNames(hint, variants) {
  const constants = variants.map((variant) =>
    Object.fromEntries(
      Object.entries(variant.properties ?? {})
        .filter(([, property]) => typeof property.const === 'string')
        .map(([key, property]) => [key, property.const]),
    ),
  );
  const keys = [...new Set(constants.flatMap((values) => Object.keys(values)))].sort((a, b) =>
    a === 'type' ? -1 : b === 'type' ? 1 : a.localeCompare(b),
  );
  const namesWith = (selected) =>
    constants.map((values) =>
      selected
        .filter((key) => key in values)
        .map((key) => pascalCase(values[key]))
        .join(''),
    );
  const distinct = (names) => new Set(names).size;
  let selected = [];
  for (const key of keys) {
    if (distinct(namesWith(selected)) === variants.length) break;
    if (distinct(namesWith([...selected, key])) > distinct(namesWith(selected)))
      selected = [...selected, key];
  }
  const names = namesWith(selected).map(
    (name, index) => name || keys.map((key) => pascalCase(constants[index][key] ?? '')).join(''),
  );
  return names.map((name, index) =>
    name && names.indexOf(name) === names.lastIndexOf(name)
      ? `${hint}${name}`
      : `${hint}${index + 1}`,
  );
}

function union(types) {
  const unique = [...new Set(types)];
  return unique.length === 1 ? unique[0] : `Union[${unique.join(', ')}]`;
}

function optional(type) {
  return type.startsWith('Optional[') || type === 'Any' ? type : `Optional[${type}]`;
}

function resolveParameter(document, parameter) {
  if (!parameter.$ref) return parameter;
  const name = parameter.$ref.replace('#/components/parameters/', '');
  return document.components.parameters[name];
}

/** The data of an answer: inside the envelope for the API, the body itself for OAuth. */
function answerData(schema) {
  const properties = schema.properties ?? {};
  if ('success' in properties && 'data' in properties) return properties.data;
  return schema;
}

const isPage = (schema) =>
  schema.type === 'object' &&
  'items' in (schema.properties ?? {}) &&
  'nextCursor' in schema.properties;

function operationsOf(document) {
  const operations = [];
  for (const path of Object.keys(document.paths).sort()) {
    for (const method of METHODS) {
      const operation = document.paths[path][method];
      if (operation) operations.push({ path, method: method.toUpperCase(), operation });
    }
  }
  return operations.sort((a, b) => a.operation.operationId.localeCompare(b.operation.operationId));
}

function describeOperation(document, writer, { path, method, operation }) {
  const id = operation.operationId;
  const parameters = (operation.parameters ?? []).map((p) => resolveParameter(document, p));
  const named = (where) =>
    parameters
      .filter((parameter) => parameter.in === where)
      .map((parameter) => ({
        python: snakeCase(parameter.name),
        api: parameter.name,
        required: parameter.required === true,
      }));
  const pathParams = named('path');
  const queryParams = named('query');
  const content = operation.requestBody?.content ?? {};
  const mediaType = Object.keys(content)[0];
  let bodyParams = [];
  let encoding = null;
  if (mediaType) {
    encoding = mediaType === 'application/x-www-form-urlencoded' ? 'form' : 'json';
    let schema = content[mediaType].schema ?? {};
    if (schema.$ref) schema = writer.schemas[writer.refName(schema.$ref)];
    const required = new Set(schema.required ?? []);
    bodyParams = Object.keys(schema.properties ?? {})
      .sort()
      .map((key) => ({ python: snakeCase(key), api: key, required: required.has(key) }));
  }

  const typeName = pascalCase(id);
  const successes = Object.keys(operation.responses ?? {})
    .filter((status) => /^2\d\d$/.test(status))
    .sort()
    .map((status) => operation.responses[status].content?.['application/json']?.schema)
    .filter(Boolean)
    .map(answerData);
  const paginated = successes.length === 1 && isPage(successes[0]);
  let result = null;
  if (paginated) {
    result = `${typeName}Item`;
    const type = writer.typeOf(successes[0].properties.items.items ?? {}, result);
    if (type !== result) writer.alias(result, type, null);
  } else if (successes.length > 0) {
    result = `${typeName}Result`;
    const type = union(
      successes.map((schema, index) =>
        writer.typeOf(schema, successes.length === 1 ? result : `${result}${index + 1}`),
      ),
    );
    if (type !== result) writer.alias(result, type, null);
  }

  const required = [...pathParams, ...queryParams, ...bodyParams]
    .filter((parameter) => parameter.required || pathParams.includes(parameter))
    .map((parameter) => parameter.python);
  return {
    id,
    method,
    path,
    pathParams,
    queryParams,
    bodyParams,
    required,
    encoding,
    paginated,
    public: (operation.security ?? []).length === 0 || operation['x-access'] === 'public',
    result,
  };
}

const pairs = (parameters) =>
  parameters.map((p) => `(${pythonLiteral(p.python)}, ${pythonLiteral(p.api)})`);

function operationLines(spec) {
  const indent = '        ';
  return [
    `    ${pythonLiteral(spec.id)}: OperationSpec(`,
    `${indent}method=${pythonLiteral(spec.method)},`,
    `${indent}path=${pythonLiteral(spec.path)},`,
    ...fittedTuple(indent, 'path_params=', pairs(spec.pathParams), ','),
    ...fittedTuple(indent, 'query_params=', pairs(spec.queryParams), ','),
    ...fittedTuple(indent, 'body_params=', pairs(spec.bodyParams), ','),
    ...fittedTuple(indent, 'required=', spec.required.map(pythonLiteral), ','),
    `${indent}body_encoding=${pythonLiteral(spec.encoding)},`,
    `${indent}paginated=${pythonLiteral(spec.paginated)},`,
    `${indent}public=${pythonLiteral(spec.public)},`,
    `    ),`,
  ];
}

const OPERATION_SPEC = `class OperationSpec(NamedTuple):
    """One operation of the API: what the client needs to send it."""

    method: str
    #: With \`{name}\` placeholders for the path parameters.
    path: str
    #: (Python name, API name) of each parameter.
    path_params: Tuple[Tuple[str, str], ...]
    query_params: Tuple[Tuple[str, str], ...]
    body_params: Tuple[Tuple[str, str], ...]
    #: Python names of the parameters that must be given.
    required: Tuple[str, ...]
    #: "json", "form" or None (no body).
    body_encoding: Optional[str]
    #: Answers one page of a cursor-paginated list.
    paginated: bool
    #: Needs no credential.
    public: bool`;

export function generate(document) {
  const writer = new TypeWriter(document);
  for (const name of Object.keys(writer.schemas).sort()) writer.component(name);
  const specs = operationsOf(document).map((entry) => describeOperation(document, writer, entry));
  const events = Object.keys(document.webhooks ?? {})
    .sort()
    .map((name) => {
      const body = document.webhooks[name].post?.requestBody?.content?.['application/json'];
      return body ? writer.typeOf(body.schema, `${pascalCase(name)}Event`) : null;
    })
    .filter(Boolean);
  if (events.length > 0)
    writer.alias('WebhookEvent', union(events), 'Any event a webhook endpoint receives.');

  const publicNames = [
    ...writer.definitions.map((definition) => definition.name).filter((n) => !n.startsWith('_')),
    'OPERATIONS',
    'OperationSpec',
  ].sort();
  const title = `${document.info?.title ?? 'API'} ${document.info?.version ?? ''}`.trim();
  const out = [
    '# Generated by sdks/python/scripts/generate.mjs from openapi/openapi.json: do not edit.',
    `# Regenerate with \`${COMMAND}\` (\`npm run build\` does it too).`,
    `"""Types and operations of the ${title}."""`,
    '',
    'from typing import Any, Dict, List, Literal, NamedTuple, Optional, Tuple, TypedDict, Union',
    '',
    '__all__ = [',
    ...publicNames.map((name) => `    ${JSON.stringify(name)},`),
    ']',
    '',
  ];
  for (const definition of writer.definitions) {
    out.push('', ...definition.lines);
    while (out.at(-1) === '') out.pop();
    out.push('');
  }
  out.push('', '', OPERATION_SPEC, '', '');
  out.push('OPERATIONS: Dict[str, OperationSpec] = {');
  for (const spec of specs) out.push(...operationLines(spec));
  out.push('}', '');
  return collapseBlankLines(out).join('\n');
}

/** Two blank lines between top-level definitions, never more. */
function collapseBlankLines(lines) {
  const result = [];
  let blanks = 0;
  for (const line of lines) {
    blanks = line === '' ? blanks + 1 : 0;
    if (blanks <= 2) result.push(line);
  }
  return result;
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  const document = JSON.parse(readFileSync(options.document, 'utf8'));
  const text = generate(document);
  const shown = relative(process.cwd(), options.output) || options.output;
  if (options.check) {
    const current = existsSync(options.output) ? readFileSync(options.output, 'utf8') : null;
    if (current !== text) {
      process.stderr.write(
        `${shown} is not what ${relative(process.cwd(), options.document)} gives: run \`${COMMAND}\` (or \`npm run build\`) and commit it.\n`,
      );
      process.exit(1);
    }
    process.stdout.write(`${shown} is up to date.\n`);
    return;
  }
  writeFileSync(options.output, text);
  process.stdout.write(`wrote ${shown}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
