import {
  countOf,
  describeFailure,
  describeProblem,
  elementNoun,
  fieldName,
  type FieldProblem,
  type FieldRule,
} from './validation-messages.js';

function rule(name: string, options: Partial<FieldRule> = {}): FieldRule {
  return { name, args: [], each: false, failed: true, ...options };
}

function problem(path: FieldProblem['path'], value: unknown, rules: FieldRule[]): FieldProblem {
  return { path, value, rules };
}

const reasonOf = (input: FieldProblem) => describeProblem(input).map(({ reason }) => reason);

describe('fieldName', () => {
  it('names nested fields and array elements as a reader writes them', () => {
    expect(fieldName(['resources', 2, 'platform'])).toBe('resources[2].platform');
  });

  it('names the body itself', () => {
    expect(fieldName([])).toBe('(body)');
  });
});

describe('countOf', () => {
  it.each([
    [1, 'role', '1 role'],
    [0, 'role', '0 roles'],
    [20, 'role', '20 roles'],
    [2, 'match', '2 matches'],
    [3, 'property', '3 properties'],
  ])('says %i %s as "%s"', (count, noun, expected) => {
    expect(countOf(count, noun)).toBe(expected);
  });
});

describe('elementNoun', () => {
  it.each([
    [['roles'], 'role'],
    [['allowedOrigins'], 'origin'],
    [['resources'], 'resource'],
    [['data'], 'item'],
    [['status'], 'item'],
  ])('calls an element of %j a %s', (path, noun) => {
    expect(elementNoun(path)).toBe(noun);
  });
});

describe('describeProblem', () => {
  it('says a missing field is required, with its allowed values', () => {
    const type = problem(['type'], undefined, [
      rule('isIn', { args: [['secret', 'publishable']] }),
    ]);

    expect(reasonOf(type)).toEqual(['type is required and must be one of: secret, publishable']);
  });

  it('says a missing field is required once, whatever its rules', () => {
    const roles = problem(
      ['roles'],
      undefined,
      ['isArray', 'arrayMinSize', 'arrayMaxSize', 'isString', 'maxLength'].map((name) =>
        rule(name),
      ),
    );

    expect(describeProblem(roles)).toEqual([{ field: 'roles', reason: 'roles is required' }]);
  });

  it('counts in the field’s own noun, never "1 elements"', () => {
    const roles = problem(
      ['roles'],
      [],
      [rule('arrayMinSize', { args: [1] }), rule('arrayMaxSize', { args: [20], failed: false })],
    );

    expect(reasonOf(roles)).toEqual(['roles must contain 1 to 20 roles']);
  });

  it('says "at least 1 item" when only a lower bound is declared', () => {
    const data = problem(['data'], [], [rule('arrayMinSize', { args: [1] })]);

    expect(reasonOf(data)).toEqual(['data must contain at least 1 item']);
  });

  it('says only the kind of value when that is wrong', () => {
    const limit = problem(['limit'], Number.NaN, [
      rule('isInt'),
      rule('min', { args: [1] }),
      rule('max', { args: [100] }),
    ]);

    expect(reasonOf(limit)).toEqual(['limit must be a whole number from 1 to 100']);
  });

  it('merges both bounds of a length into one phrase', () => {
    const name = problem(['name'], '', [
      rule('isLength', { args: [1, 100] }),
      rule('isString', { failed: false }),
    ]);

    expect(reasonOf(name)).toEqual(['name must be 1 to 100 characters long']);
  });

  it('lists the values of an enum object, not its reverse mapping', () => {
    const level = problem(['level'], 'x', [
      rule('isEnum', { args: [{ Low: 0, 0: 'Low', High: 1, 1: 'High' }] }),
    ]);

    expect(reasonOf(level)).toEqual(['level must be one of: 0, 1']);
  });

  it('keeps a declaration’s own wording, naming the field where it sits', () => {
    const type = problem(['resources', 0, 'type'], 'playlist', [
      rule('isIn', { args: [['account', 'video']], message: 'type must be account or video' }),
    ]);

    expect(reasonOf(type)).toEqual(['resources[0].type must be account or video']);
  });

  it('says a missing list of known values is required, with the values each may take', () => {
    const permissions = problem(['permissions'], undefined, [
      rule('isArray'),
      rule('isIn', { each: true, args: [['keys:read', 'keys:write']] }),
    ]);

    expect(reasonOf(permissions)).toEqual([
      'permissions is required; each permission must be one of: keys:read, keys:write',
    ]);
  });

  it('does not measure the length of a value that is not text', () => {
    const email = problem(['email'], 5, [rule('maxLength', { args: [320] }), rule('isEmail')]);
    const name = problem(['name'], 5, [rule('isLength', { args: [1, 100] })]);

    expect(reasonOf(email)).toEqual(['email must be an email address']);
    expect(reasonOf(name)).toEqual(['name must be a string']);
  });

  it('refuses an unknown field in words', () => {
    const extra = problem(['extra'], 1, [rule('whitelistValidation')]);

    expect(reasonOf(extra)).toEqual(['extra is not a known field']);
  });

  it('names the one bad element of a list', () => {
    const roles = problem(
      ['roles'],
      ['read-only', 'key-admin', 5],
      [
        rule('isArray', { failed: false }),
        rule('isString', { each: true, badElements: [2] }),
        rule('maxLength', { each: true, args: [64], badElements: [2] }),
      ],
    );

    expect(describeProblem(roles)).toEqual([
      { field: 'roles[2]', reason: 'roles[2] must be a string' },
    ]);
  });

  it('says it once for the list when every element has the same problem', () => {
    const roles = problem(
      ['roles'],
      [1, 2],
      [
        rule('isString', { each: true, badElements: [0, 1] }),
        rule('maxLength', { each: true, args: [64], badElements: [0, 1] }),
      ],
    );

    expect(describeProblem(roles)).toEqual([
      { field: 'roles', reason: 'every role in roles must be a string' },
    ]);
  });

  it('says what the list is when it is not a list, and not what its elements are', () => {
    const roles = problem(['roles'], 'read-only', [
      rule('isArray'),
      rule('arrayMaxSize', { args: [20], failed: false }),
      rule('isString', { each: true }),
    ]);

    expect(reasonOf(roles)).toEqual(['roles must be an array of at most 20 roles']);
  });

  it('gives a refusal with its own code its own words', () => {
    const platform = problem(['platform'], 'INSTAGRAM', [
      rule('isIn', { failed: false }),
      rule('isSupportedPlatform', {
        message: 'Instagram is not supported yet.',
        code: 'platform_not_supported',
      }),
    ]);

    expect(describeProblem(platform)).toEqual([
      {
        field: 'platform',
        reason: 'Instagram is not supported yet.',
        code: 'platform_not_supported',
      },
    ]);
  });
});

describe('describeFailure', () => {
  it('lists each field once in the message', () => {
    const failure = describeFailure([
      problem(['type'], undefined, [rule('isIn', { args: [['secret', 'publishable']] })]),
      problem(['roles'], undefined, [rule('isArray'), rule('arrayMinSize', { args: [1] })]),
    ]);

    expect(failure).toEqual({
      code: 'validation_failed',
      message: 'The request is invalid: type, roles.',
      details: [
        { field: 'type', reason: 'type is required and must be one of: secret, publishable' },
        { field: 'roles', reason: 'roles is required' },
      ],
    });
  });

  it('answers with a refusal’s own code when it is the only problem', () => {
    const failure = describeFailure([
      problem(['resources', 2, 'platform'], 'YOUTUBE', [
        rule('isSupportedPlatform', {
          message: 'YouTube is not supported yet.',
          code: 'platform_not_supported',
        }),
      ]),
    ]);

    expect(failure).toEqual({
      code: 'platform_not_supported',
      message: 'YouTube is not supported yet.',
      details: [{ field: 'resources[2].platform', reason: 'YouTube is not supported yet.' }],
    });
  });

  it('answers validation_failed when a refusal comes with invalid fields', () => {
    const failure = describeFailure([
      problem(['platform'], 'YOUTUBE', [
        rule('isSupportedPlatform', {
          message: 'YouTube is not supported yet.',
          code: 'platform_not_supported',
        }),
      ]),
      problem(['extra'], 1, [rule('whitelistValidation')]),
    ]);

    expect(failure.code).toBe('validation_failed');
    expect(failure.message).toBe('The request is invalid: platform, extra.');
  });
});
