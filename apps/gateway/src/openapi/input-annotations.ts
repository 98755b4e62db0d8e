import {
  CreateKeyInput,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  PageQueryInput,
  RollKeyInput,
} from '@tally/contracts';
import type { SchemaObject } from '@nestjs/swagger';
import type { InputClass } from './route-inputs.js';

type Annotations<T> = { [K in keyof T]?: SchemaObject };

/**
 * What class-validator rules cannot say (defaults, meaning), kept here so
 * that the contracts stay free of documentation code.
 */
const ANNOTATIONS = new Map<InputClass, Partial<Record<string, SchemaObject>>>();

function annotate<T extends object>(input: new () => T, annotations: Annotations<T>): void {
  ANNOTATIONS.set(input, annotations);
}

annotate(PageQueryInput, {
  limit: { default: DEFAULT_PAGE_SIZE, description: `Items per page, 1 to ${MAX_PAGE_SIZE}.` },
  cursor: { description: 'The `nextCursor` or `prevCursor` of the previous page, as it was sent.' },
});

annotate(CreateKeyInput, {
  type: {
    description:
      '`secret` for servers; `publishable` for browsers (only `creators:read`, only from `allowedOrigins`).',
  },
  roles: {
    description: 'Role names or ids. You cannot grant a permission you do not hold yourself.',
  },
  expiresInDays: { type: 'integer', description: 'Keys always expire.' },
  allowedOrigins: { description: 'Publishable keys only: the browser origins allowed to use it.' },
});

annotate(RollKeyInput, {
  gracePeriodDays: {
    default: 0,
    description: 'How long the old key keeps working next to its replacement.',
  },
});

export function annotationsOf(input: InputClass): Partial<Record<string, SchemaObject>> {
  return ANNOTATIONS.get(input) ?? {};
}
