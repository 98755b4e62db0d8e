import { parseJsonKeepingBigIntegers } from './parse-json.js';

describe('parseJsonKeepingBigIntegers', () => {
  it('keeps integers beyond 2^53 as their exact digits', () => {
    const parsed = parseJsonKeepingBigIntegers(
      '{"id":7312345678901234567,"ids":[-7312345678901234567]}',
    );

    expect(parsed).toEqual({ id: '7312345678901234567', ids: ['-7312345678901234567'] });
  });

  it('leaves safe integers, decimals and exponents as numbers', () => {
    const parsed = parseJsonKeepingBigIntegers('{"a":9007199254740991,"b":1.5,"c":2e3,"d":-4}');

    expect(parsed).toEqual({ a: 9007199254740991, b: 1.5, c: 2000, d: -4 });
  });

  it('does not touch digits inside strings, escaped quotes included', () => {
    const text = '{"t":"say \\"7312345678901234567\\" twice","n":1}';

    expect(parseJsonKeepingBigIntegers(text)).toEqual({
      t: 'say "7312345678901234567" twice',
      n: 1,
    });
  });

  it('answers undefined for text that is not JSON', () => {
    expect(parseJsonKeepingBigIntegers('<html></html>')).toBeUndefined();
    expect(parseJsonKeepingBigIntegers('{"a":7312345678901234567')).toBeUndefined();
    expect(parseJsonKeepingBigIntegers('')).toBeUndefined();
  });

  it('does not turn a bare number key into valid JSON', () => {
    expect(parseJsonKeepingBigIntegers('{7312345678901234567:1}')).toBeUndefined();
  });
});
