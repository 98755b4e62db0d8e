import type { Permission } from '@tally/contracts';
import type { OperationObject, RequestBodyObject } from '@nestjs/swagger';
import type { ApiRouteDoc } from './api-route.decorator.js';
import { accessNote, securityOf } from './describe-access.js';
import { parametersOf } from './describe-parameters.js';
import { responsesOf } from './describe-responses.js';
import { inputSchema, inputSchemaRef } from './input-schemas.js';
import type { RouteAccess } from './route-access.js';
import { requestSchema, type SchemaCatalog } from './schema-catalog.js';
import type { RouteFacts } from './route-facts.js';
import type { InputClass } from './route-inputs.js';

export type DocumentedOperation = OperationObject & {
  /** How the route is guarded: public, any-credential, permission, undeclared or route-defined. */
  'x-access': RouteAccess['kind'];
  /** The permission the credential must hold. */
  'x-permission'?: Permission;
  /** The permission publishable keys must hold instead, when the route names one. */
  'x-publishable-key-permission'?: Permission;
};

/** The contract class the handler takes, or else the body its @ApiRoute describes. */
function requestBodyOf(
  input: InputClass | undefined,
  doc: ApiRouteDoc | undefined,
): RequestBodyObject | undefined {
  const schema = input ? inputSchemaRef(input) : doc?.body && requestSchema(doc.body);
  if (!schema) return undefined;
  return {
    required: input ? (inputSchema(input).required ?? []).length > 0 : true,
    content: Object.fromEntries(
      (doc?.bodyMediaTypes ?? ['application/json']).map((type) => [type, { schema }]),
    ),
  };
}

/** The operation Swagger scanned, completed from what the route itself declares. */
export function describeOperation(
  scanned: OperationObject,
  facts: RouteFacts,
  catalog: SchemaCatalog,
): DocumentedOperation {
  const { doc, access, inputs, path } = facts;
  const description = [doc?.description, accessNote(access)].filter(Boolean).join('\n\n');
  const requestBody = requestBodyOf(inputs.body, doc);
  return {
    operationId: scanned.operationId,
    tags: doc?.tags ?? scanned.tags,
    ...(doc ? { summary: doc.summary } : {}),
    ...(description ? { description } : {}),
    parameters: parametersOf(path, inputs, doc),
    ...(requestBody ? { requestBody } : {}),
    responses: responsesOf({
      catalog,
      doc,
      access,
      successStatus: facts.successStatus,
    }),
    security: securityOf(access),
    'x-access': access.kind,
    ...(access.kind === 'permission' ? { 'x-permission': access.permission } : {}),
    ...(access.kind === 'permission' && access.browserKeyPermission
      ? { 'x-publishable-key-permission': access.browserKeyPermission }
      : {}),
  };
}
