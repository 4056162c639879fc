// The JSON reader of Windows PowerShell 5.1's ConvertFrom-Json (.NET's JavaScriptSerializer): besides
// strict JSON it takes single-quoted strings and bare member names, reads "\/Date(ms)\/" as a
// DateTime, keeps the first place of a repeated member with its last value, and words its refusals
// `<reason> (<index>): <text>` with the index where reading stopped.

import { DecimalNumber, makeDouble, makeInt64 } from '../../engine/runtime/numbers.js';

/** A refusal, with the text 5.1 shows for it. */
export class JsonReadError extends Error {}

/** Parsed members in order (a repeated name keeps its first place). */
export class JsonMembers {
  readonly entries: [string, unknown][] = [];

  set(name: string, value: unknown): void {
    const at = this.entries.findIndex(([n]) => n === name);
    if (at >= 0) this.entries[at]![1] = value;
    else this.entries.push([name, value]);
  }
}

const INT32 = /^\s*[+-]?\d+\s*$/;
const DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/;
const DOUBLE = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const DECIMAL_MAX = 79228162514264337593543950335n;
const DATE = /^"\\\/Date\((-?[0-9]+)(?:[a-zA-Z]|[+-][0-9]{4})?\)\\\/"/;
const TOKEN_CHAR = /[\p{L}\p{Nd}._+-]/u;
const ESCAPES: Record<string, string> = { '"': '"', "'": "'", '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
/** [I] 5.1 sets its own recursion limit; this one only keeps deep input from exhausting the stack. */
const DEPTH_LIMIT = 1020;

class JsonText {
  index = 0;
  constructor(readonly text: string) {}

  next(): string | undefined {
    return this.index < this.text.length ? this.text[this.index++] : undefined;
  }

  nextNonEmpty(): string | undefined {
    while (this.index < this.text.length) {
      const c = this.text[this.index++]!;
      if (!/\s/.test(c)) return c;
    }
    return undefined;
  }

  back(count = 1): void {
    this.index = Math.max(0, this.index - count);
  }

  rest(): string {
    return this.text.slice(this.index);
  }

  fail(reason: string): never {
    throw new JsonReadError(`${reason} (${this.index}): ${this.text}`);
  }
}

const OBJECT_END = "Invalid object passed in, ':' or '}' expected.";
const MEMBER_NAME = 'Invalid object passed in, member name expected.';

function readValue(t: JsonText, depth: number): unknown {
  if (++depth > DEPTH_LIMIT) t.fail('RecursionLimit exceeded.');
  const c = t.nextNonEmpty();
  if (c === undefined) return null;
  t.back();
  const date = DATE.exec(t.rest());
  if (date) {
    t.index += date[0].length;
    return new Date(Number(date[1]));
  }
  if (c === '{') return readObject(t, depth);
  if (c === '[') return readArray(t, depth);
  if (c === '"' || c === "'") return readString(t);
  return primitive(readToken(t));
}

/** An object; a `}` right after a comma is read as a value, so 5.1 refuses `{"a":1,}` as a bad primitive. */
function readObject(t: JsonText, depth: number): JsonMembers {
  const members = new JsonMembers();
  t.next();
  let first = true;
  let c = t.nextNonEmpty();
  while (c !== undefined) {
    t.back();
    if (c === ':') t.fail(MEMBER_NAME);
    let name = '';
    if (c !== '}') {
      name = readMemberName(t);
      if (!name) t.fail(MEMBER_NAME);
      if (t.nextNonEmpty() !== ':') t.fail(OBJECT_END);
    } else if (first) {
      c = t.nextNonEmpty();
      break;
    }
    first = false;
    members.set(name, readValue(t, depth));
    c = t.nextNonEmpty();
    if (c !== ',') break;
    c = t.nextNonEmpty();
  }
  if (c !== '}') t.fail(OBJECT_END);
  return members;
}

function readMemberName(t: JsonText): string {
  const c = t.nextNonEmpty();
  if (c === undefined) return '';
  t.back();
  return c === '"' || c === "'" ? readString(t) : readToken(t);
}

function readArray(t: JsonText, depth: number): unknown[] {
  const items: unknown[] = [];
  t.next();
  let afterComma = false;
  let c = t.nextNonEmpty();
  while (c !== undefined && c !== ']') {
    t.back();
    items.push(readValue(t, depth));
    afterComma = false;
    c = t.nextNonEmpty();
    if (c === ']') break;
    afterComma = true;
    if (c !== ',') t.fail("Invalid array passed in, ',' expected.");
    c = t.nextNonEmpty();
  }
  if (afterComma) t.fail("Invalid array passed in, extra trailing ','.");
  if (c !== ']') t.fail("Invalid array passed in, ']' expected.");
  return items;
}

function readString(t: JsonText): string {
  const quote = t.next()!;
  let out = '';
  for (;;) {
    const c = t.next();
    if (c === undefined) t.fail('Unterminated string passed in.');
    if (c === quote) return out;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = t.next();
    if (e === undefined) t.fail('Unterminated string passed in.');
    if (e === '\\') out += '\\';
    else if (ESCAPES[e] !== undefined) out += ESCAPES[e];
    else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(t.text.slice(t.index, t.index + 4))) {
      out += String.fromCharCode(parseInt(t.text.slice(t.index, t.index + 4), 16));
      t.index += 4;
    } else t.fail('Unrecognized escape sequence.');
  }
}

function readToken(t: JsonText): string {
  let out = '';
  for (let c = t.next(); c !== undefined; c = t.next()) {
    if (!TOKEN_CHAR.test(c)) {
      t.back();
      break;
    }
    out += c;
  }
  return out;
}

/** null/true/false, then Int32, Int64, Decimal (without an exponent), then Double. */
function primitive(token: string): unknown {
  if (token === 'null') return null;
  if (token === 'true') return true;
  if (token === 'false') return false;
  const hasExponent = /e/i.test(token);
  if (!hasExponent && !token.includes('.') && INT32.test(token)) {
    const big = BigInt(token.trim());
    if (big >= -(2n ** 31n) && big < 2n ** 31n) return Number(big);
    if (big >= -(2n ** 63n) && big < 2n ** 63n) return makeInt64(big);
  }
  if (!hasExponent && DECIMAL.test(token) && BigInt(token.trim().replace(/^\+/, '').replace(/\..*$/, '') || '0') <= DECIMAL_MAX) {
    const decimal = DecimalNumber.parse(token.trim());
    if (decimal) return decimal;
  }
  if (DOUBLE.test(token)) return makeDouble(Number(token));
  if (token === 'NaN' || token === 'Infinity' || token === '-Infinity') return Number(token);
  throw new JsonReadError(`Invalid JSON primitive: ${token}.`);
}

/** Reads one JSON text; anything left after the value is refused as 5.1 does. */
export function readJson(text: string): unknown {
  const t = new JsonText(text);
  const value = readValue(t, 0);
  if (t.nextNonEmpty() !== undefined) throw new JsonReadError(`Invalid JSON primitive: ${t.rest()}.`);
  return value;
}
