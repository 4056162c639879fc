// System.Char: one UTF-16 code unit, a value type of its own. Strings stay plain JavaScript strings;
// a char comes from a `[char]` cast, indexing a string, ToCharArray(), `[char[]]'text'` or .Chars().
// Chars are interned (one object per code unit), so `===`, Map keys and Set membership work as value
// equality, and a char never equals the one-character string of the same text (as in a hashtable).

export class CharValue {
  readonly typeName = 'System.Char';
  private constructor(readonly code: number) {}

  private static readonly interned = new Map<number, CharValue>();

  /** The char of a code unit (0–65535; the caller checks the range). */
  static of(code: number): CharValue {
    let c = CharValue.interned.get(code);
    if (!c) CharValue.interned.set(code, (c = new CharValue(code)));
    return c;
  }

  /** The char at `index` of a string (the caller checks the bounds). */
  static at(text: string, index: number): CharValue {
    return CharValue.of(text.charCodeAt(index));
  }

  get text(): string {
    return String.fromCharCode(this.code);
  }

  toString(): string {
    return this.text;
  }
}

export function isChar(v: unknown): v is CharValue {
  return v instanceof CharValue;
}

/** The chars of a string, in order (ToCharArray, `[char[]]'text'`). */
export function charsOfText(text: string): CharValue[] {
  const out: CharValue[] = new Array<CharValue>(text.length);
  for (let i = 0; i < text.length; i++) out[i] = CharValue.at(text, i);
  return out;
}

/** The largest code unit a char holds. */
export const CHAR_MAX = 0xffff;
