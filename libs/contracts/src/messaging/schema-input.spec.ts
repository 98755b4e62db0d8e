import { z } from 'zod';
import { parseWithSchema } from './schema-input.js';
import { refusalOf } from '../../test/support/refusal.js';

const KeyInput = z.strictObject({
  name: z.string().min(1).max(100),
  type: z.enum(['secret', 'publishable']),
  roles: z.array(z.string().max(64)).min(1).max(20),
  expiresInDays: z.union([z.literal(30), z.literal(90)]),
  graceDays: z.int().min(0).max(7).optional(),
});

const refusal = refusalOf;

describe('parseWithSchema', () => {
  it('returns the parsed value of valid input', () => {
    const input = { name: 'ci', type: 'secret', roles: ['read-only'], expiresInDays: 30 };

    expect(parseWithSchema(KeyInput, input)).toEqual(input);
  });

  it('names each missing field once, with the allowed values where there is a list', () => {
    const error = refusal(KeyInput, { name: 'minimal' });

    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('The request is invalid: type, roles, expiresInDays.');
    expect(error.details).toEqual([
      { field: 'type', reason: 'type is required and must be one of: secret, publishable' },
      { field: 'roles', reason: 'roles is required' },
      { field: 'expiresInDays', reason: 'expiresInDays is required' },
    ]);
  });

  it('words sizes with correct plurals and names list elements by position', () => {
    const error = refusal(KeyInput, {
      name: '',
      type: 'secret',
      roles: ['ok', 7],
      expiresInDays: 30,
      graceDays: 9,
    });

    expect(error.details).toEqual([
      { field: 'name', reason: 'name must be 1 to 100 characters long' },
      { field: 'roles[1]', reason: 'roles[1] must be a string' },
      { field: 'graceDays', reason: 'graceDays must be from 0 to 7' },
    ]);
  });

  it('refuses unknown fields by name', () => {
    const error = refusal(KeyInput, {
      name: 'ci',
      type: 'secret',
      roles: ['read-only'],
      expiresInDays: 30,
      colour: 'red',
    });

    expect(error.details).toEqual([{ field: 'colour', reason: 'colour is not a known field' }]);
  });

  it('refuses a body that is not an object', () => {
    expect(refusal(KeyInput, ['a']).message).toBe('The request body must be a JSON object.');
  });

  it('refuses text Postgres cannot store before looking at the schema', () => {
    const error = refusal(KeyInput, { name: 'a\u0000b' });

    expect(error.details).toEqual([
      { field: 'name', reason: 'name must not contain NUL or unpaired surrogate characters' },
    ]);
  });

  it('answers with the code a rule refuses with', () => {
    const schema = z.strictObject({
      platform: z.string().refine((value) => value === 'TIKTOK', {
        message: 'Instagram is not supported yet; supported platforms: TIKTOK.',
        params: { code: 'platform_not_supported' },
      }),
    });

    const error = refusal(schema, { platform: 'INSTAGRAM' });

    expect(error.code).toBe('platform_not_supported');
    expect(error.message).toBe('Instagram is not supported yet; supported platforms: TIKTOK.');
  });

  it("keeps a schema author's own wording", () => {
    const schema = z.strictObject({
      origin: z
        .string()
        .regex(/^https?:\/\//, 'origin must be an origin like https://app.example.com'),
    });

    expect(refusal(schema, { origin: 'ftp://x' }).details).toEqual([
      { field: 'origin', reason: 'origin must be an origin like https://app.example.com' },
    ]);
  });

  describe('before the schema', () => {
    const NameInput = z.strictObject({ name: z.string() });

    it.each(['constructor', '__proto__', 'prototype'])('refuses a %s key', (key) => {
      const input = JSON.parse(`{"name":"ok","${key}":1}`) as unknown;

      expect(refusal(NameInput, input).details).toEqual([
        { field: key, reason: `${key} is not a known field` },
      ]);
    });

    it('refuses a lone surrogate and keeps paired ones (emoji)', () => {
      expect(refusal(NameInput, { name: '\ud800' }).details?.[0]?.field).toBe('name');
      expect(parseWithSchema(NameInput, { name: 'creator 🎥' }).name).toBe('creator 🎥');
    });

    it('refuses input nested too deeply without overflowing the stack', () => {
      let deep: unknown = 'x';
      for (let level = 0; level < 50_000; level += 1) deep = [deep];

      expect(refusal(NameInput, { name: deep }).details?.[0]?.reason).toMatch(/nested more than/);
    });
  });
});
