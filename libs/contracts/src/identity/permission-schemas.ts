import { z } from 'zod';
import { uuidText } from '../http/formats.js';
import { ENVIRONMENTS, PERMISSIONS } from './permissions.js';

export const PermissionSchema = z
  .enum(PERMISSIONS)
  .describe('Something a credential may be allowed to do.');

export const EnvironmentSchema = z
  .enum(ENVIRONMENTS)
  .describe('Each environment has its own keys and its own rate-limit pool.');

/** A role as keys, clients and principals name it. */
export const RoleRefSchema = z.object({ id: uuidText(), name: z.string() });
