import { ENVIRONMENTS, PERMISSIONS } from '@tally/contracts';
import { stringEnum } from './schema-helpers.js';

export const permissionSchema = stringEnum(
  PERMISSIONS,
  'Something a credential may be allowed to do.',
);

export const environmentSchema = stringEnum(
  ENVIRONMENTS,
  'Each environment has its own keys and its own rate-limit pool.',
);
