import type { z } from 'zod';
import { parseWithSchema } from '../messaging/schema-input.js';
import { CreateKeyInputSchema, RollKeyInputSchema } from './key-messages.js';
import { refusalOf } from '../../test/support/refusal.js';

const failureOf = (input: unknown, schema: z.ZodType = CreateKeyInputSchema) =>
  refusalOf(schema, input);

const VALID = {
  name: 'reporting job',
  type: 'secret',
  environment: 'production',
  roles: ['read-only'],
  expiresInDays: 90,
};

describe('CreateKeyInputSchema', () => {
  it('takes a secret key with its roles and expiry', () => {
    expect(parseWithSchema(CreateKeyInputSchema, VALID)).toEqual(VALID);
  });

  it('says each missing field once, with the allowed values where there is a list', () => {
    const failure = failureOf({ name: 'minimal' });

    expect(failure.message).toBe(
      'The request is invalid: type, environment, roles, expiresInDays.',
    );
    expect(failure.details).toEqual([
      { field: 'type', reason: 'type is required and must be one of: secret, publishable' },
      {
        field: 'environment',
        reason: 'environment is required and must be one of: development, production',
      },
      { field: 'roles', reason: 'roles is required' },
      {
        field: 'expiresInDays',
        reason: 'expiresInDays is required and must be one of: 30, 60, 90, 180, 365',
      },
    ]);
  });

  it('names the bad element of a list', () => {
    const failure = failureOf({ ...VALID, roles: ['read-only', 'r'.repeat(65)] });

    expect(failure.details).toEqual([
      { field: 'roles[1]', reason: 'roles[1] must be at most 64 characters long' },
    ]);
  });

  it('refuses an expiry that is not one of the allowed lengths', () => {
    expect(failureOf({ ...VALID, expiresInDays: 7 }).details).toEqual([
      { field: 'expiresInDays', reason: 'expiresInDays must be one of: 30, 60, 90, 180, 365' },
    ]);
  });

  it('says what an allowed origin looks like', () => {
    const failure = failureOf({
      ...VALID,
      type: 'publishable',
      allowedOrigins: ['https://app.example.com', 'https://app.example.com/path'],
    });

    expect(failure.details).toEqual([
      {
        field: 'allowedOrigins[1]',
        reason:
          'allowedOrigins[1] must be an origin like https://app.example.com (scheme, host and port only)',
      },
    ]);
  });

  it('refuses a field it does not know', () => {
    expect(failureOf({ ...VALID, colour: 'red' }).details).toEqual([
      { field: 'colour', reason: 'colour is not a known field' },
    ]);
  });
});

describe('RollKeyInputSchema', () => {
  it('takes no grace period, or one of up to 7 whole days', () => {
    expect(parseWithSchema(RollKeyInputSchema, {})).toEqual({});
    expect(parseWithSchema(RollKeyInputSchema, { gracePeriodDays: 7 })).toEqual({
      gracePeriodDays: 7,
    });
  });

  it('refuses a grace period longer than a week or not in whole days', () => {
    expect(failureOf({ gracePeriodDays: 8 }, RollKeyInputSchema).details).toEqual([
      { field: 'gracePeriodDays', reason: 'gracePeriodDays must be from 0 to 7' },
    ]);
    expect(failureOf({ gracePeriodDays: 1.5 }, RollKeyInputSchema).details).toEqual([
      { field: 'gracePeriodDays', reason: 'gracePeriodDays must be a whole number from 0 to 7' },
    ]);
  });
});
