import { z } from 'zod';
import { JsonText, jsonTextOf, stringifyJson } from './json-text.js';

/** An object with its own toJSON, as a Date has. */
const custom = { toJSON: () => ({ custom: true }) };

describe('stringifyJson without JsonText', () => {
  it.each<[string, unknown]>([
    ['a nested object', { a: { b: { c: [1, { d: 'x' }] } }, e: [] }],
    ['an array of mixed values', [1, 'two', null, true, false, { three: 3 }, [4, [5]]]],
    ['an empty object', {}],
    ['an empty array', []],
    ['a string with quotes and backslashes', 'he said "hi" \\ and \\"left\''],
    ['control characters', '\n\t\r\b\f\u0001\u001f\u007f'],
    ['a NUL', 'before\u0000after'],
    ['unicode', 'é ü ß 日本 😀 \u2028 \u2029 \uFEFF'],
    ['a lone surrogate', 'broken \uD800 pair'],
    ['numbers', [0, -0, 1.5, -2.25, 1e21, 1e-7, 2 ** 53 + 2, Number.MAX_VALUE]],
    ['numbers JSON has no words for', [Number.NaN, Infinity, -Infinity]],
    ['null', null],
    ['a boolean', true],
    ['a number', 42],
    ['a string', 'plain'],
    ['undefined at the top', undefined],
    ['undefined-valued keys, dropped', { a: undefined, b: 1, c: undefined }],
    ['undefined and functions in arrays, written as null', [undefined, () => 1, Symbol('s')]],
    ['a Date (its own toJSON)', { at: new Date('2026-03-04T05:06:07.891Z') }],
    ['an object with its own toJSON', { value: custom, list: [custom] }],
    ['a Map and a Set (no enumerable keys)', { map: new Map([['a', 1]]), set: new Set([1]) }],
    ['keys that need escaping', { 'a"b': 1, 'c\\d': 2, 'e\nf': 3, 'é😀': 4 }],
    ['a string that looks like a placeholder', '\u0000json-text:0'],
  ])('writes %s as JSON.stringify does', (_name, value) => {
    expect(stringifyJson(value)).toBe(JSON.stringify(value));
  });

  it('throws where JSON.stringify throws, and leaves JsonText as it was', () => {
    const cyclic: Record<string, unknown> = { text: JsonText.fromText('[1, 2]') };
    cyclic.self = cyclic;

    expect(() => stringifyJson({ count: 1n })).toThrow(TypeError);
    expect(() => stringifyJson(cyclic)).toThrow(TypeError);
    // Outside a stringifyJson call, a JsonText is its parsed value again.
    expect(JSON.stringify({ items: JsonText.fromText('[1, 2]') })).toBe('{"items":[1,2]}');
    expect(stringifyJson({ items: JsonText.fromText('[1, 2]') })).toBe('{"items":[1, 2]}');
  });
});

describe('stringifyJson with JsonText', () => {
  it('writes a JsonText at the top level as its text, unparsed', () => {
    const text = '[ {"a" : 1},\n 2 ]';

    expect(stringifyJson(JsonText.fromText(text))).toBe(text);
  });

  it('splices a JsonText nested in an object', () => {
    const page = {
      items: JsonText.fromText('[{"id":"1"}, {"id":"2"}]'),
      next: { sortValue: '2026-03-04 05:06:07.891999+00', id: 'x', direction: 'after' },
      prev: null,
    };

    expect(stringifyJson(page)).toBe(
      '{"items":[{"id":"1"}, {"id":"2"}],"next":{"sortValue":"2026-03-04 05:06:07.891999+00","id":"x","direction":"after"},"prev":null}',
    );
  });

  it('splices JsonTexts inside arrays', () => {
    const value = [JsonText.fromText('{ "a": 1 }'), 'between', [JsonText.fromText('true')]];

    expect(stringifyJson(value)).toBe('[{ "a": 1 },"between",[true]]');
  });

  it('splices several JsonTexts in one value, each in its place', () => {
    const value = {
      first: JsonText.fromText('"one"'),
      deep: { list: [JsonText.fromText('2'), null, JsonText.fromText('[3 ]')] },
      last: JsonText.fromText('{"four" :4}'),
      after: 'end',
    };

    expect(stringifyJson(value)).toBe(
      '{"first":"one","deep":{"list":[2,null,[3 ]]},"last":{"four" :4},"after":"end"}',
    );
  });

  it('splices the same JsonText met twice, both times', () => {
    const shared = JsonText.fromText('[ 1 ]');

    expect(stringifyJson({ a: shared, b: [shared] })).toBe('{"a":[ 1 ],"b":[[ 1 ]]}');
  });

  it('writes text with multi-byte characters as it is', () => {
    const items = JsonText.fromText('["é","😀","\u2028","tab\\there"]');

    expect(stringifyJson({ items })).toBe('{"items":["é","😀","\u2028","tab\\there"]}');
  });

  it('keeps the rest of the value as JSON.stringify writes it', () => {
    const rest = {
      quote: '"\\\n\u0001',
      when: new Date('2026-01-01T00:00:00.000Z'),
      gone: undefined,
      custom,
    };
    const expected = JSON.stringify({ ...rest, items: '@' }).replace('"@"', '[1]');

    expect(stringifyJson({ ...rest, items: JsonText.fromText('[1]') })).toBe(expected);
  });

  it.each([
    '\u0000json-text:',
    '\u0000json-text:0',
    '\u0000json-text:00000000-0000-0000-0000-000000000000:0',
    '"\u0000json-text:0"',
    '\\u0000json-text:0',
  ])('keeps a string a client sent that looks like the placeholder (%j) a string', (sent) => {
    const value = {
      [sent]: sent,
      name: sent,
      items: JsonText.fromText('[1]'),
      list: [sent, JsonText.fromText('{}'), sent],
      tail: sent,
    };
    const expected = JSON.stringify({
      [sent]: sent,
      name: sent,
      items: [1],
      list: [sent, {}, sent],
      tail: sent,
    });

    expect(stringifyJson(value)).toBe(expected);
    expect(JSON.parse(stringifyJson(value))).toEqual(JSON.parse(expected));
  });

  it('writes a JsonText whose text holds a placeholder-like string as it is', () => {
    const text = '["\\u0000json-text:0"]';

    expect(stringifyJson({ a: JsonText.fromText(text), b: JsonText.fromText('1') })).toBe(
      `{"a":${text},"b":1}`,
    );
  });
});

describe('JsonText outside stringifyJson', () => {
  it('gives its parsed value to JSON.stringify', () => {
    const items = JsonText.fromText('[ {"a" : "é"}, 2, null ]');

    expect(JSON.stringify(items)).toBe('[{"a":"é"},2,null]');
    expect(JSON.stringify({ items, next: null })).toBe('{"items":[{"a":"é"},2,null],"next":null}');
  });

  it('gives its parsed value through toJSON', () => {
    const items = JsonText.fromText<{ a: string }[]>('[{"a":"x"},{"a":"y"}]');

    expect(items.toJSON()).toEqual([{ a: 'x' }, { a: 'y' }]);
  });
});

describe('JsonText construction', () => {
  it('writes an empty list as []', () => {
    expect(JsonText.of([]).text).toBe('[]');
    expect(stringifyJson({ items: JsonText.of([]) })).toBe('{"items":[]}');
  });

  it('writes a value as JSON.stringify does and gives it back', () => {
    const value = [{ a: 1, b: 'é"\n' }, 2, null, 'three'];
    const items = JsonText.of(value);

    expect(items.text).toBe(JSON.stringify(value));
    expect(items.toJSON()).toEqual(value);
  });

  it('round trips multi-byte UTF-8 between bytes and text', () => {
    const text = '["é","日本","😀","\u2028","\u007f"]';
    const bytes = new TextEncoder().encode(text);

    const fromBytes = JsonText.fromBytes(bytes);
    const fromText = JsonText.fromText(text);

    expect(fromBytes.text).toBe(text);
    expect(fromBytes.bytes).toBe(bytes);
    expect(Buffer.from(fromText.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(fromText.bytes.length).toBeGreaterThan(text.length);
    expect(JsonText.fromBytes(fromText.bytes).text).toBe(text);
    expect(fromBytes.toJSON()).toEqual(['é', '日本', '😀', '\u2028', '\u007f']);
  });
});

describe('jsonTextOf', () => {
  const schema = jsonTextOf(z.array(z.number()));

  it('accepts a JsonText as it is, and nothing else', () => {
    const items = JsonText.fromText('[1,2]');

    expect(schema.parse(items)).toBe(items);
    expect(schema.safeParse('[1,2]').success).toBe(false);
    expect(schema.safeParse([1, 2]).success).toBe(false);
  });
});
