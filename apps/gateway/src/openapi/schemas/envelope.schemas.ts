import {
  ErrorStatus,
  type ErrorCode,
  type ErrorDetail,
  type ErrorEnvelope,
  type SuccessEnvelope,
} from '@tally/contracts';
import type { SchemaObject } from '@nestjs/swagger';
import { arrayOf, objectSchema, Schema, stringEnum, text } from './schema-helpers.js';
import { schemaRef } from './schema-ref.js';

export const errorCodeSchema = stringEnum(
  Object.keys(ErrorStatus),
  'What went wrong, for programs to branch on; each code always comes with the same HTTP status.',
);

export const errorDetailSchema = objectSchema<ErrorDetail>(
  {
    field: text('The input field at fault (`email`, `roles`, `cursor`…).'),
    service: text('The internal service at fault, when one did not answer.'),
    reason: text('Why, in a few words.'),
  },
  { optional: ['field', 'service'], description: 'One thing that went wrong.' },
);

export const errorEnvelopeSchema = objectSchema<ErrorEnvelope>(
  {
    success: { type: 'boolean', enum: [false] },
    error: objectSchema<ErrorEnvelope['error']>({
      code: schemaRef('ErrorCode'),
      message: text('For people: what happened and what to do about it.'),
      details: arrayOf(schemaRef('ErrorDetail'), 'Per field or per service; may be empty.'),
      requestId: text("The request's X-Request-Id: quote it when asking for help."),
    }),
  },
  { description: 'How every error of the public API is sent.' },
);

export const successEnvelopeSchema = objectSchema<SuccessEnvelope<unknown>>(
  {
    success: { type: 'boolean', enum: [true] },
    data: { description: "The route's result: each operation documents its shape." },
  },
  { description: 'How every successful answer of the public API is sent.' },
);

/** A success envelope around one route's result. */
export function enveloped(data: Schema): SchemaObject {
  return { allOf: [schemaRef('SuccessEnvelope'), { type: 'object', properties: { data } }] };
}

/** The error envelope narrowed to the codes one HTTP status can carry. */
export function errorEnvelopeWith(codes: readonly ErrorCode[]): SchemaObject {
  return {
    allOf: [
      schemaRef('ErrorEnvelope'),
      {
        type: 'object',
        properties: { error: { type: 'object', properties: { code: stringEnum(codes) } } },
      },
    ],
  };
}
