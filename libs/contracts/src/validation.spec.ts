import 'reflect-metadata';
import { IsString } from 'class-validator';
import { ListCreatorsQuery, SearchResourcesInput } from './creators/creator-messages.js';
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

  it('counts an empty list in words', () => {
    expect(failureOf({ resources: [] }, SearchResourcesInput).details).toEqual([
      { field: 'resources', reason: 'resources must contain 1 to 50 resources' },
    ]);
  });

  it.each(['tiktok', 'TikTok', 'TIKTOK'])('takes the platform %s in uppercase', (platform) => {
    expect(validateInput(ListCreatorsQuery, { platform }).platform).toBe('TIKTOK');
  });

  it.each(['myspace', ' tiktok', 'tiktok ', 'tıktok', ''])(
    'refuses the platform %j, naming the allowed ones',
    (platform) => {
      const failure = failureOf({ platform }, ListCreatorsQuery);

      expect(failure.code).toBe('validation_failed');
      expect(failure.details).toEqual([
        {
          field: 'platform',
          reason: 'platform must be one of: TIKTOK, INSTAGRAM, YOUTUBE (in any letter case)',
        },
      ]);
    },
  );

  it('refuses a known platform that is not supported yet with its own code', () => {
    const failure = failureOf({ platform: 'instagram' }, ListCreatorsQuery);

    expect(failure).toMatchObject({
      code: 'platform_not_supported',
      status: 400,
      message: 'Instagram is not supported yet; supported platforms: TIKTOK.',
      details: [
        {
          field: 'platform',
          reason: 'Instagram is not supported yet; supported platforms: TIKTOK.',
        },
      ],
    });
  });

  it('names the search item whose platform is not supported', () => {
    const lookup = { type: 'account', identifier: '@maya' };
    const failure = failureOf(
      {
        resources: [
          { ...lookup, platform: 'tiktok' },
          { ...lookup, platform: 'TikTok' },
          { ...lookup, platform: 'YouTube' },
        ],
      },
      SearchResourcesInput,
    );

    expect(failure.code).toBe('platform_not_supported');
    expect(failure.details).toEqual([
      {
        field: 'resources[2].platform',
        reason: 'YouTube is not supported yet; supported platforms: TIKTOK.',
      },
    ]);
  });

  it('names a field inside a list element by its position', () => {
    const lookup = { platform: 'tiktok', type: 'account', identifier: '@maya' };
    const failure = failureOf(
      { resources: [lookup, { ...lookup, 7: true }, 'x'] },
      SearchResourcesInput,
    );

    expect(failure.details).toEqual([
      { field: 'resources[1].7', reason: 'resources[1].7 is not a known field' },
      { field: 'resources[2]', reason: 'resources[2] must be an object' },
    ]);
  });

  it('takes every search item’s platform in uppercase', () => {
    const lookup = { type: 'video', identifier: '7000000000000000001' };
    const input = validateInput(SearchResourcesInput, {
      resources: [
        { ...lookup, platform: 'tiktok' },
        { ...lookup, platform: 'TIKTOK' },
      ],
    });

    expect(input.resources.map((item) => item.platform)).toEqual(['TIKTOK', 'TIKTOK']);
  });
});
