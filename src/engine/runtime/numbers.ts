// PowerShell's numeric tower, represented once. The common cases stay plain JavaScript numbers:
// an integral number in Int32 range is an Int32, an integral number beyond it an Int64, any other
// number a Double. A value whose .NET type differs from what its JavaScript value implies is boxed:
// a Double with an integral value (`5.0`), an Int64 in Int32 range (`1l`) or beyond 2^53 (exactly,
// as a BigInt), the small integer types and Single (TypedNumber), and Decimal (DecimalNumber).

import { DecimalNumber } from './decimal.js';
export { DecimalNumber };

export type NumericType = 'Byte' | 'SByte' | 'Int16' | 'UInt16' | 'Int32' | 'UInt32' | 'Int64' | 'UInt64' | 'Single' | 'Double' | 'Decimal';
export type IntegerType = 'Byte' | 'SByte' | 'Int16' | 'UInt16' | 'Int32' | 'UInt32' | 'Int64' | 'UInt64';
type BoxedType = Exclude<NumericType, 'Decimal'>;

/** A number whose .NET type is not the one its plain JavaScript value would imply. */
export class TypedNumber {
  constructor(
    readonly type: BoxedType,
    /** The value as a double (approximate for 64-bit integers beyond 2^53). */
    readonly value: number,
    /** The exact value of a 64-bit integer beyond 2^53. */
    readonly big?: bigint,
  ) {}

  get typeName(): string {
    return `System.${this.type}`;
  }

  valueOf(): number {
    return this.value;
  }

  toString(): string {
    return numberToString(this);
  }
}

export type PsNumber = number | TypedNumber | DecimalNumber;

export const INTEGER_RANGES: Record<IntegerType, [bigint, bigint]> = {
  Byte: [0n, 255n],
  SByte: [-128n, 127n],
  Int16: [-32768n, 32767n],
  UInt16: [0n, 65535n],
  Int32: [-2147483648n, 2147483647n],
  UInt32: [0n, 4294967295n],
  Int64: [-9223372036854775808n, 9223372036854775807n],
  UInt64: [0n, 18446744073709551615n],
};

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

export function isNumeric(v: unknown): v is PsNumber {
  return typeof v === 'number' || v instanceof TypedNumber || v instanceof DecimalNumber;
}

export function isInt32Value(n: number): boolean {
  return Number.isInteger(n) && n >= INT32_MIN && n <= INT32_MAX;
}

/** The .NET type of a number. */
export function numericType(v: PsNumber): NumericType {
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) return 'Double';
    return v >= INT32_MIN && v <= INT32_MAX ? 'Int32' : Number.isSafeInteger(v) ? 'Int64' : 'Double';
  }
  return v instanceof DecimalNumber ? 'Decimal' : v.type;
}

/** `System.Int32`, `System.Double`, … of a number. */
export function numericTypeName(v: PsNumber): string {
  return `System.${numericType(v)}`;
}

export function isIntegerType(t: NumericType): t is IntegerType {
  return t !== 'Double' && t !== 'Single' && t !== 'Decimal';
}

/** Whether a number is of an integer type (not Double, Single or Decimal). */
export function isIntegerValue(v: unknown): boolean {
  return isNumeric(v) && isIntegerType(numericType(v));
}

/** The plain JavaScript number a boxed Int32 or non-integral Double stands for (a copy made by boxedCopy); else the value itself. */
export function plainIfPossible(v: PsNumber): PsNumber {
  if (v instanceof TypedNumber && v.big === undefined && numericType(v.value) === v.type) return v.value;
  return v;
}

/**
 * A fresh boxed copy of a number, of the same type and value: an object of its own that members can be
 * attached to (Add-Member -PassThru on a number), while operators still read it as the number it is.
 */
export function boxedCopy(v: PsNumber): TypedNumber | DecimalNumber {
  if (v instanceof DecimalNumber) return new DecimalNumber(v.units, v.scale);
  if (v instanceof TypedNumber) return new TypedNumber(v.type, v.value, v.big);
  return new TypedNumber(numericType(v) as BoxedType, v);
}

// ---------------------------------------------------------------------------------------------
// Making numbers of a type

/** A Double: plain when its value says so, boxed when integral. */
export function makeDouble(n: number): PsNumber {
  return Number.isInteger(n) ? new TypedNumber('Double', n) : n;
}

/** An Int64 from an exact integer (number or BigInt), boxed unless plain would read as Int64. */
export function makeInt64(n: number | bigint): PsNumber {
  if (typeof n === 'bigint') {
    if (n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER)) return makeInt64(Number(n));
    return new TypedNumber('Int64', Number(n), n);
  }
  return isInt32Value(n) ? new TypedNumber('Int64', n) : n;
}

/** A number of any integer type from an exact integer already known to be in range. */
export function makeInteger(type: IntegerType, n: number | bigint): PsNumber {
  if (type === 'Int32') return Number(n);
  if (type === 'Int64') return makeInt64(n);
  if (typeof n === 'bigint' && (n > BigInt(Number.MAX_SAFE_INTEGER) || n < BigInt(Number.MIN_SAFE_INTEGER))) return new TypedNumber(type, Number(n), n);
  return new TypedNumber(type, Number(n));
}

export function makeSingle(n: number): PsNumber {
  return new TypedNumber('Single', Math.fround(n));
}

// ---------------------------------------------------------------------------------------------
// Reading numbers

/** The value as a double (what .NET's Convert.ToDouble gives). */
export function toDoubleValue(v: PsNumber): number {
  if (typeof v === 'number') return v;
  return v instanceof DecimalNumber ? v.toNumber() : v.value;
}

/** The exact value of an integer-typed number. */
export function toBigInt(v: PsNumber): bigint {
  if (typeof v === 'number') return BigInt(v);
  if (v instanceof DecimalNumber) return v.truncate();
  return v.big ?? BigInt(v.value);
}

/** Whether the number is an integer type beyond what a double holds exactly. */
export function isBigInteger(v: PsNumber): boolean {
  return v instanceof TypedNumber && v.big !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Text

/** Double.ToString() of .NET Framework: 15 significant digits, exponent form outside 1e-5..1e15. */
export function formatDouble(n: number, digits = 15): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  if (Number.isInteger(n) && Math.abs(n) < 10 ** digits) return Object.is(n, -0) ? '0' : String(n);
  if (n === 0) return '0';
  // Rounded as text: going back through a double could overflow ([double]::MaxValue).
  const [mantissa, expText] = n.toExponential(digits - 1).split('e');
  const trimmed = mantissa!.includes('.') ? mantissa!.replace(/0+$/, '').replace(/\.$/, '') : mantissa!;
  const exp = Number(expText);
  if (exp >= digits || exp < -4) return `${trimmed}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  const negative = trimmed.startsWith('-');
  const significant = trimmed.replace(/[-.]/g, '');
  let body: string;
  if (exp < 0) body = `0.${'0'.repeat(-exp - 1)}${significant}`;
  else if (significant.length <= exp + 1) body = significant.padEnd(exp + 1, '0');
  else body = `${significant.slice(0, exp + 1)}.${significant.slice(exp + 1)}`;
  return negative ? `-${body}` : body;
}

/** A number's ToString() (invariant culture, as PowerShell converts numbers to text). */
export function numberToString(v: PsNumber): string {
  if (typeof v === 'number') return formatDouble(v);
  if (v instanceof DecimalNumber) return v.toString();
  if (v.big !== undefined) return v.big.toString();
  return formatDouble(v.value, v.type === 'Single' ? 7 : 15);
}
