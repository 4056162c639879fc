// Number text to typed numbers, the way PowerShell's tokenizer reads a literal and the way
// LanguagePrimitives reads a string it converts to a number (both go through the same rules).

import { DecimalNumber } from './decimal.js';
import { INTEGER_RANGES, type IntegerType, type NumericType, type PsNumber, isIntegerType, makeDouble, makeInt64, makeInteger, makeSingle, numericType, toBigInt, toDoubleValue } from './numbers.js';

const MULTIPLIERS: Record<string, bigint> = { kb: 1024n, mb: 1024n ** 2n, gb: 1024n ** 3n, tb: 1024n ** 4n, pb: 1024n ** 5n };

const LITERAL_RE = /^([+-]?)(?:0x([0-9a-f]+)|(\d+(?:\.\d*)?(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?))(l|d)?(kb|mb|gb|tb|pb)?$/i;

const inRange = (n: bigint, t: IntegerType) => n >= INTEGER_RANGES[t][0] && n <= INTEGER_RANGES[t][1];

/**
 * A numeric literal or number text: `5` Int32, `2147483648` Int64, `5.0`/`1e3` Double, `0xFFFFFFFF`
 * Int32 -1 (hex wraps at 8 and 16 digits, as in 5.1), `1l` Int64, `1.10d` Decimal, `1kb` Int32,
 * `1.5mb` Double. Undefined when the text is not a number.
 */
export function parseNumberText(text: string): PsNumber | undefined {
  const m = LITERAL_RE.exec(text.trim().replace(/[\u2013-\u2015]/g, '-'));
  if (!m) return undefined;
  const negative = m[1] === '-';
  const suffix = m[4]?.toLowerCase();
  const multiplier = m[5] ? MULTIPLIERS[m[5].toLowerCase()]! : 1n;
  if (m[2] !== undefined) return hexValue(m[2], negative, suffix === 'l', multiplier);
  const body = m[3]!;
  if (suffix === 'd') {
    const d = DecimalNumber.parse(negative ? `-${body}` : body);
    return d && (multiplier === 1n ? d : d.multiply(new DecimalNumber(multiplier, 0)));
  }
  const real = /[.e]/i.test(body);
  if (real && suffix !== 'l') return makeDouble((negative ? -1 : 1) * Number(body) * Number(multiplier));
  // [I] `1.5l` rounds to an Int64 (5.1 reads it as a long too).
  let n = real ? BigInt(roundHalfEven(Number(body))) : BigInt(body);
  n = (negative ? -n : n) * multiplier;
  if (suffix === 'l') return inRange(n, 'Int64') ? makeInt64(n) : undefined;
  return integerLiteral(n);
}

function hexValue(digits: string, negative: boolean, long: boolean, multiplier: bigint): PsNumber | undefined {
  const trimmed = digits.replace(/^0+(?=.)/, '');
  if (trimmed.length > 16) return undefined;
  const raw = BigInt(`0x${trimmed}`);
  const wide = long || trimmed.length > 8;
  let n = wide ? BigInt.asIntN(64, raw) : BigInt.asIntN(32, raw);
  if (negative) n = -n;
  n *= multiplier;
  if (!wide && inRange(n, 'Int32')) return Number(n);
  return inRange(n, 'Int64') ? makeInt64(n) : makeDouble(Number(n));
}

/** An integer literal takes the first of Int32, Int64, Decimal, Double that holds it. */
function integerLiteral(n: bigint): PsNumber {
  if (inRange(n, 'Int32')) return Number(n);
  if (inRange(n, 'Int64')) return makeInt64(n);
  return DecimalNumber.fromInteger(n) ?? makeDouble(Number(n));
}

/** Number text converted to a type (Decimal text keeps its scale); undefined when it is not a number, NumberRangeError when it does not fit. */
export function parseNumberAs(text: string, type: NumericType): PsNumber | undefined {
  const n = type === 'Decimal' ? (DecimalNumber.parse(text) ?? parseNumberText(text)) : parseNumberText(text);
  return n === undefined ? undefined : convertNumber(n, type);
}

/** .NET rounds a double to an integer half to even. */
export function roundHalfEven(n: number): number {
  const floor = Math.floor(n);
  const diff = n - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** Why a number did not convert: the inner message PowerShell shows. */
export class NumberRangeError extends Error {}

export function rangeMessage(type: NumericType): string {
  if (type === 'Byte') return 'Value was either too large or too small for an unsigned byte.';
  if (type === 'SByte') return 'Value was either too large or too small for a signed byte.';
  const article = type.startsWith('I') ? 'an' : 'a';
  return `Value was either too large or too small for ${article} ${type}.`;
}

/** Converts a number to another numeric type (a cast): rounds half to even into integers, checks ranges. */
export function convertNumber(v: PsNumber, type: NumericType): PsNumber {
  const from = numericType(v);
  if (from === type && (type !== 'Double' || typeof v !== 'number' || !Number.isInteger(v))) return v;
  if (type === 'Double') return makeDouble(toDoubleValue(v));
  if (type === 'Single') return makeSingle(toDoubleValue(v));
  if (type === 'Decimal') {
    const d = v instanceof DecimalNumber ? v : isIntegerType(from) ? DecimalNumber.fromInteger(toBigInt(v)) : DecimalNumber.fromDouble(toDoubleValue(v));
    if (!d) throw new NumberRangeError(rangeMessage('Decimal'));
    return d;
  }
  const n = integerOf(v, from);
  if (n === undefined || !inRange(n, type)) throw new NumberRangeError(rangeMessage(type));
  return makeInteger(type, n);
}

function integerOf(v: PsNumber, from: NumericType): bigint | undefined {
  if (isIntegerType(from)) return toBigInt(v);
  if (v instanceof DecimalNumber) return v.roundTo(0).units;
  const d = toDoubleValue(v);
  if (!Number.isFinite(d)) return undefined;
  return BigInt(roundHalfEven(d));
}
