import { describe, expect, it } from 'vitest';
import {
  hasErrors,
  MIN_PASSWORD_LENGTH,
  parseOrigins,
  validateEmail,
  validateName,
  validateNewPassword,
  validateRoleName,
  validateSignIn,
  validateSignUp,
} from './validation';

describe('validateSignIn', () => {
  it('accepts an email and any password', () => {
    expect(validateSignIn({ email: 'ada@acme.test', password: 'x' })).toEqual({});
  });

  it('trims the email before checking it', () => {
    expect(validateSignIn({ email: '  ada@acme.test  ', password: 'x' })).toEqual({});
  });

  it('asks for an email address and a password', () => {
    expect(validateSignIn({ email: '', password: '' })).toEqual({
      email: 'Enter your email address, like you@company.com.',
      password: 'Enter your password.',
    });
    for (const email of ['ada', 'ada@acme', '@acme.test', 'ada @acme.test', 'ada@acme .test']) {
      expect(validateSignIn({ email, password: 'x' })).toHaveProperty('email');
    }
  });
});

describe('validateSignUp', () => {
  const valid = {
    accountName: 'Acme',
    email: 'ada@acme.test',
    password: 'ab'.repeat(MIN_PASSWORD_LENGTH / 2),
  };

  it('accepts a name, an email and a password of 12 to 256 characters', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
    expect(validateSignUp(valid)).toEqual({});
    expect(validateSignUp({ ...valid, password: 'ab'.repeat(128) })).toEqual({});
    expect(validateSignUp({ ...valid, accountName: 'a'.repeat(200) })).toEqual({});
  });

  it('reports every wrong field at once', () => {
    expect(validateSignUp({ accountName: '', email: 'nope', password: '' })).toEqual({
      accountName: 'Enter the name of your company or team.',
      email: 'Enter your email address, like you@company.com.',
      password: 'Use at least 12 characters.',
    });
  });

  it('takes a name of spaces for no name, and limits it to 200 characters', () => {
    expect(validateSignUp({ ...valid, accountName: '   ' }).accountName).toBe(
      'Enter the name of your company or team.',
    );
    expect(validateSignUp({ ...valid, accountName: 'a'.repeat(201) }).accountName).toBe(
      'Keep the name under 200 characters.',
    );
    expect(validateSignUp({ ...valid, accountName: `  ${'a'.repeat(200)}  ` })).toEqual({});
  });

  it('counts the password as typed, spaces included', () => {
    expect(validateSignUp({ ...valid, password: 'a'.repeat(11) }).password).toBe(
      'Use at least 12 characters.',
    );
    expect(validateSignUp({ ...valid, password: ' a'.repeat(6) })).toEqual({});
    expect(validateSignUp({ ...valid, password: 'a'.repeat(257) }).password).toBe(
      'Use at most 256 characters.',
    );
  });
});

describe('validateNewPassword', () => {
  it('takes 12 to 256 characters of more than one kind', () => {
    expect(validateNewPassword('correct horse battery')).toBeUndefined();
    expect(validateNewPassword('ab'.repeat(6))).toBeUndefined();
    expect(validateNewPassword('ab'.repeat(128))).toBeUndefined();
    expect(validateNewPassword('   padded   ')).toBeUndefined();
  });

  it('says what is too short or too long', () => {
    expect(validateNewPassword('')).toBe('Use at least 12 characters.');
    expect(validateNewPassword('ab'.repeat(5) + 'a')).toBe('Use at least 12 characters.');
    expect(validateNewPassword('ab'.repeat(128) + 'a')).toBe('Use at most 256 characters.');
  });

  it('refuses only spaces, or one character repeated, as the API does', () => {
    expect(validateNewPassword(' '.repeat(12))).toBe(
      'A password of only spaces is too easy to guess.',
    );
    expect(validateNewPassword('a'.repeat(12))).toBe(
      'A password of one character repeated is too easy to guess.',
    );
    expect(validateNewPassword('🔑'.repeat(12))).toBe(
      'A password of one character repeated is too easy to guess.',
    );
  });

  it('is the check sign-up makes', () => {
    expect(
      validateSignUp({ accountName: 'Acme', email: 'ada@acme.test', password: 'a'.repeat(12) })
        .password,
    ).toBe('A password of one character repeated is too easy to guess.');
  });
});

describe('validateEmail', () => {
  it('takes an address with a domain, trimmed', () => {
    expect(validateEmail(' ada@acme.test ')).toBeUndefined();
    expect(validateEmail('ada@acme')).toBe('Enter your email address, like you@company.com.');
  });
});

describe('validateName', () => {
  it('asks for a name of up to 100 characters (or the max given), trimmed', () => {
    expect(validateName('Production backend')).toBeUndefined();
    expect(validateName('  ')).toBe('Give it a name you will recognise later.');
    expect(validateName('a'.repeat(100))).toBeUndefined();
    expect(validateName(` ${'a'.repeat(100)} `)).toBeUndefined();
    expect(validateName('a'.repeat(101))).toBe('Keep the name under 100 characters.');
    expect(validateName('abcdef', 5)).toBe('Keep the name under 5 characters.');
  });
});

describe('parseOrigins', () => {
  it('reads one origin per line or comma, trimmed, without a trailing slash', () => {
    expect(
      parseOrigins(' https://app.example.com/ \n\nhttp://localhost:5173,https://b.example.com\n'),
    ).toEqual({
      origins: ['https://app.example.com', 'http://localhost:5173', 'https://b.example.com'],
    });
  });

  it('is an empty list for empty text', () => {
    expect(parseOrigins('')).toEqual({ origins: [] });
    expect(parseOrigins(' \n , \n')).toEqual({ origins: [] });
  });

  it('names the first line that is not an origin', () => {
    for (const wrong of [
      'app.example.com',
      'ftp://app.example.com',
      'https://app.example.com/path',
      'https://app.example.com?x=1',
      'https://app.example.com#top',
      'https:',
      'https://app example.com',
    ]) {
      expect(parseOrigins(`https://ok.example.com\n${wrong}\nalso wrong`)).toEqual({
        origins: ['https://ok.example.com', wrong, 'also wrong'],
        error: `"${wrong}" is not an origin: write it like https://app.example.com`,
      });
    }
  });

  it('allows up to 20 origins', () => {
    const origins = (count: number) =>
      Array.from({ length: count }, (_, index) => `https://app${index}.example.com`);
    expect(parseOrigins(origins(20).join('\n'))).toEqual({ origins: origins(20) });
    expect(parseOrigins(origins(21).join('\n'))).toEqual({
      origins: origins(21),
      error: 'Up to 20 origins.',
    });
  });
});

describe('validateRoleName', () => {
  it('accepts lowercase letters, digits and dashes, not starting with a dash', () => {
    for (const name of ['analytics-reader', 'a', '9lives', 'a-b-c-1', 'x'.repeat(64)]) {
      expect(validateRoleName(name)).toBeUndefined();
    }
  });

  it('asks for a name', () => {
    expect(validateRoleName('')).toBe('Give the role a name.');
  });

  it('limits the name to 64 characters', () => {
    expect(validateRoleName('x'.repeat(65))).toBe('Keep the name under 64 characters.');
  });

  it('refuses anything else', () => {
    for (const name of ['Analytics', '-reader', 'a_b', 'a b', ' reader', 'reader ', 'réader']) {
      expect(validateRoleName(name)).toBe(
        'Use lowercase letters, digits and dashes, like "analytics-reader".',
      );
    }
  });
});

describe('hasErrors', () => {
  it('is true when any message is set', () => {
    expect(hasErrors({})).toBe(false);
    expect(hasErrors({ name: undefined, roles: undefined })).toBe(false);
    expect(hasErrors({ name: '' })).toBe(false);
    expect(hasErrors({ name: undefined, roles: 'Choose at least one role.' })).toBe(true);
  });
});
