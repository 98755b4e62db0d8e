import { describe, expect, it } from 'vitest';
import {
  MAX_METADATA_BYTES,
  metadataBytes,
  metadataText,
  parseMetadata,
  sameMetadata,
} from './metadata';

describe('parseMetadata', () => {
  it('takes a JSON object, nested values included', () => {
    expect(parseMetadata('{"team": "billing", "tags": ["a", 1], "owner": {"id": 7}}')).toEqual({
      metadata: { team: 'billing', tags: ['a', 1], owner: { id: 7 } },
    });
  });

  it('takes no text at all as no metadata', () => {
    expect(parseMetadata('')).toEqual({ metadata: {} });
    expect(parseMetadata('  \n ')).toEqual({ metadata: {} });
  });

  it('says when the text is not JSON', () => {
    expect(parseMetadata('{team: billing}')).toEqual({
      error: 'This is not valid JSON. Write an object, like {"team": "billing"}.',
    });
  });

  it('refuses JSON that is not an object', () => {
    for (const text of ['[1, 2]', 'null', '"billing"', '42', 'true']) {
      expect(parseMetadata(text)).toEqual({
        error: 'Write a JSON object, like {"team": "billing"}.',
      });
    }
  });

  it('refuses a name over 200 characters', () => {
    expect(parseMetadata(JSON.stringify({ ['n'.repeat(200)]: 1 }))).toHaveProperty('metadata');
    expect(parseMetadata(JSON.stringify({ ['n'.repeat(201)]: 1 }))).toEqual({
      error: 'Keep each name under 200 characters.',
    });
  });

  it('counts the bytes of the compact UTF-8 JSON, up to 4096', () => {
    expect(MAX_METADATA_BYTES).toBe(4096);
    // {"n":"…"} is 8 bytes around the value.
    const fits = { n: 'x'.repeat(4096 - 8) };
    expect(metadataBytes(fits)).toBe(4096);
    // Indentation in the text box does not count.
    expect(parseMetadata(JSON.stringify(fits, null, 8))).toEqual({ metadata: fits });
    expect(parseMetadata(JSON.stringify({ n: 'x'.repeat(4096 - 7) }))).toEqual({
      error: 'Keep it to 4096 bytes of JSON at most (this is 4097).',
    });
    // "é" is two bytes in UTF-8.
    expect(parseMetadata(JSON.stringify({ n: 'é'.repeat(2045) }))).toEqual({
      error: 'Keep it to 4096 bytes of JSON at most (this is 4098).',
    });
  });
});

describe('metadataText', () => {
  it('is empty for no metadata and indented JSON otherwise', () => {
    expect(metadataText({})).toBe('');
    expect(metadataText({ team: 'billing' })).toBe('{\n  "team": "billing"\n}');
  });
});

describe('sameMetadata', () => {
  it('compares the JSON', () => {
    expect(sameMetadata({ a: [1] }, { a: [1] })).toBe(true);
    expect(sameMetadata({ a: [1] }, { a: [2] })).toBe(false);
    expect(sameMetadata({}, {})).toBe(true);
  });
});
