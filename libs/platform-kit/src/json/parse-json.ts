const NOT_JSON = Symbol('not JSON');

/**
 * `JSON.parse`, except that integer literals too big for a JS number
 * (TikTok ids are 19 digits, Instagram's 17, beyond 2^53) come back as their exact digits in a
 * string instead of being silently rounded. Returns `undefined` for text that
 * is not JSON.
 */
export function parseJsonKeepingBigIntegers(text: string): unknown {
  const parsed = tryParse(quoteUnsafeIntegers(text));
  return parsed === NOT_JSON ? undefined : parsed;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

const NUMBER_CHARACTERS = /[-+0-9.eE]/;
const VALUE_PRECEDERS = new Set([':', ',', '[']);

function quoteUnsafeIntegers(text: string): string {
  let result = '';
  let copiedUpTo = 0;
  let previousToken = '';
  let index = 0;
  while (index < text.length) {
    const character = text[index] as string;
    if (character === '"') {
      index = endOfString(text, index);
      previousToken = '"';
      continue;
    }
    if (character === '-' || (character >= '0' && character <= '9')) {
      let end = index + 1;
      while (end < text.length && NUMBER_CHARACTERS.test(text[end] as string)) end += 1;
      const literal = text.slice(index, end);
      if (
        VALUE_PRECEDERS.has(previousToken) &&
        /^-?\d+$/.test(literal) &&
        !Number.isSafeInteger(Number(literal))
      ) {
        result += `${text.slice(copiedUpTo, index)}"${literal}"`;
        copiedUpTo = end;
      }
      index = end;
      previousToken = '0';
      continue;
    }
    if (!/\s/.test(character)) previousToken = character;
    index += 1;
  }
  return result + text.slice(copiedUpTo);
}

/** Index just past the closing quote of the string opening at `start`. */
function endOfString(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length) {
    const character = text[index];
    if (character === '\\') index += 2;
    else if (character === '"') return index + 1;
    else index += 1;
  }
  return text.length;
}
