import 'reflect-metadata';
import { IsString } from 'class-validator';
import { AppError } from './errors/app-error.js';
import { validateInput } from './validation.js';

class NameInput {
  @IsString()
  name!: string;
}

function failureOf(input: unknown, type: new () => object = NameInput): AppError {
  try {
    validateInput(type, input);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a validation failure');
}

describe('validateInput', () => {
  it('returns a typed instance of valid input', () => {
    expect(validateInput(NameInput, { name: 'ok' })).toEqual(
      Object.assign(new NameInput(), { name: 'ok' }),
    );
  });

  it('lists unknown fields', () => {
    expect(failureOf({ name: 'ok', extra: 1 }).details).toContainEqual({
      field: 'extra',
      reason: 'extra is not a known field',
    });
  });

  it.each(['constructor', '__proto__', 'prototype'])('refuses a %s key', (key) => {
    const input = JSON.parse(`{"name":"ok","${key}":1}`) as unknown;
    expect(failureOf(input).details).toEqual([
      { field: key, reason: `${key} is not a known field` },
    ]);
  });

  it('refuses text Postgres cannot store', () => {
    expect(failureOf({ name: 'a\u0000b' }).code).toBe('validation_failed');
    expect(failureOf({ name: '\ud800' }).details?.[0]?.field).toBe('name');
  });

  it('keeps paired surrogates (emoji)', () => {
    expect(validateInput(NameInput, { name: 'creator 🎥' }).name).toBe('creator 🎥');
  });

  it('refuses input nested too deeply without overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let level = 0; level < 50_000; level += 1) deep = [deep];

    expect(failureOf({ name: deep }).details?.[0]?.reason).toMatch(/nested more than/);
  });

  it('refuses a body that is not an object', () => {
    expect(failureOf([1, 2]).code).toBe('validation_failed');
    expect(failureOf('text').code).toBe('validation_failed');
  });
});
