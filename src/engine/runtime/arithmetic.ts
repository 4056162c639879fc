// The arithmetic operators on numbers with PowerShell's widening rules: both operands go to a common
// type (Decimal if either is one, else Double if either is floating, else Int64 if either is 64-bit,
// else Int32); integer results that overflow their type become Double; an integer division that is
// not exact gives a Double.

import { DecimalNumber } from './decimal.js';
import { type NumericType, type PsNumber, isInt32Value, makeDouble, makeInt64, numericType, toBigInt, toDoubleValue } from './numbers.js';
import { rangeMessage, roundHalfEven } from './numberText.js';

export type ArithmeticOp = '+' | '-' | '*' | '/' | '%';

/** Why an operation has no result: division by zero, or a Decimal out of range. */
export class ArithmeticFailure extends Error {
  constructor(readonly kind: 'divideByZero' | 'overflow', message: string) {
    super(message);
  }
}

type Common = 'Int32' | 'Int64' | 'Double' | 'Decimal';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * The type both operands convert to. Small integer types widen to Int32; UInt32 to Int64.
 * [I] UInt64 and Single operands compute as Double (not confirmed against 5.1).
 * Decimal wins over Double, as the PowerShell language specification's usual arithmetic conversions
 * say ([I] not confirmed on a 5.1 console).
 */
export function commonType(a: NumericType, b: NumericType): Common {
  if (a === 'Decimal' || b === 'Decimal') return 'Decimal';
  if (a === 'Double' || b === 'Double' || a === 'Single' || b === 'Single' || a === 'UInt64' || b === 'UInt64') return 'Double';
  if (a === 'Int64' || b === 'Int64' || a === 'UInt32' || b === 'UInt32') return 'Int64';
  return 'Int32';
}

export function arithmetic(op: ArithmeticOp, a: PsNumber, b: PsNumber): PsNumber {
  // The common cases: two plain Int32 values, or plain Int64 values whose result stays below 2^53.
  if (typeof a === 'number' && typeof b === 'number') {
    if (isInt32Value(a) && isInt32Value(b)) return int32Op(op, a, b);
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) {
      const r = safeInt64Op(op, a, b);
      if (r !== undefined) return r;
    }
  }
  switch (commonType(numericType(a), numericType(b))) {
    case 'Int32':
      return int32Op(op, Number(toBigInt(a)), Number(toBigInt(b)));
    case 'Int64':
      return int64Op(op, toBigInt(a), toBigInt(b));
    case 'Double':
      return doubleOp(op, toDoubleValue(a), toDoubleValue(b));
    case 'Decimal':
      return decimalOp(op, toDecimal(a), toDecimal(b));
  }
}

function divideByZero(): ArithmeticFailure {
  return new ArithmeticFailure('divideByZero', 'Attempted to divide by zero.');
}

function int32Op(op: ArithmeticOp, a: number, b: number): PsNumber {
  let r: number;
  if (op === '+') r = a + b;
  else if (op === '-') r = a - b;
  else if (op === '*') r = a * b;
  else {
    if (b === 0) throw divideByZero();
    r = op === '/' ? a / b : a % b;
  }
  if (isInt32Value(r)) return r === 0 ? 0 : r;
  return makeDouble(r);
}

/** Int64 arithmetic on doubles while it is exact; undefined when the result needs BigInt. */
function safeInt64Op(op: ArithmeticOp, a: number, b: number): PsNumber | undefined {
  if (op === '/' || op === '%') {
    if (b === 0) throw divideByZero();
    if (op === '%') return makeInt64(a % b || 0);
    return a % b === 0 ? makeInt64(a / b || 0) : makeDouble(a / b);
  }
  const r = op === '+' ? a + b : op === '-' ? a - b : a * b;
  return Number.isSafeInteger(r) ? makeInt64(r) : undefined;
}

function int64Op(op: ArithmeticOp, a: bigint, b: bigint): PsNumber {
  let r: bigint;
  if (op === '+') r = a + b;
  else if (op === '-') r = a - b;
  else if (op === '*') r = a * b;
  else {
    if (b === 0n) throw divideByZero();
    if (op === '/' && a % b !== 0n) return makeDouble(Number(a) / Number(b));
    r = op === '/' ? a / b : a % b;
  }
  if (r >= INT64_MIN && r <= INT64_MAX) return makeInt64(r);
  return makeDouble(Number(r));
}

function doubleOp(op: ArithmeticOp, a: number, b: number): PsNumber {
  if (op === '+') return makeDouble(a + b);
  if (op === '-') return makeDouble(a - b);
  if (op === '*') return makeDouble(a * b);
  // PowerShell refuses division by zero for doubles too.
  if (b === 0) throw divideByZero();
  return makeDouble(op === '/' ? a / b : a % b);
}

export function toDecimal(v: PsNumber): DecimalNumber {
  if (v instanceof DecimalNumber) return v;
  const t = numericType(v);
  const d = t === 'Double' || t === 'Single' ? DecimalNumber.fromDouble(toDoubleValue(v)) : DecimalNumber.fromInteger(toBigInt(v));
  if (!d) throw new ArithmeticFailure('overflow', rangeMessage('Decimal'));
  return d;
}

function decimalOp(op: ArithmeticOp, a: DecimalNumber, b: DecimalNumber): PsNumber {
  if ((op === '/' || op === '%') && b.isZero()) throw divideByZero();
  const r = op === '+' ? a.add(b) : op === '-' ? a.subtract(b) : op === '*' ? a.multiply(b) : op === '/' ? a.divide(b) : a.remainder(b);
  if (!r) throw new ArithmeticFailure('overflow', rangeMessage('Decimal'));
  return r;
}

/** Unary minus: 0 - v in the operand's type (so -[int]::MinValue widens to Double). */
export function negate(v: PsNumber): PsNumber {
  if (typeof v === 'number' && !Number.isInteger(v)) return -v;
  if (v instanceof DecimalNumber) return v.negate();
  const t = numericType(v);
  if (t === 'Double' || t === 'Single') return makeDouble(-toDoubleValue(v));
  return arithmetic('-', t === 'Int64' || t === 'UInt32' || t === 'UInt64' ? makeInt64(0) : 0, v);
}

// ---------------------------------------------------------------------------------------------
// Bitwise operators

export type BitwiseOp = '-band' | '-bor' | '-bxor' | '-shl' | '-shr';

/** Whether a number takes part in bitwise operators as an Int32 (else as an Int64). */
function isInt32Operand(v: PsNumber): boolean {
  const t = numericType(v);
  return t === 'Int32' || t === 'Int16' || t === 'UInt16' || t === 'Byte' || t === 'SByte';
}

/** An operand of a bitwise operator as an integer: floating values round half to even into an Int64. */
function bitwiseOperand(v: PsNumber): bigint {
  const t = numericType(v);
  if (t === 'Double' || t === 'Single') {
    const d = toDoubleValue(v);
    const n = Number.isFinite(d) ? BigInt(roundHalfEven(d)) : INT64_MAX + 1n;
    if (n < INT64_MIN || n > INT64_MAX) throw new ArithmeticFailure('overflow', rangeMessage('Int64'));
    return n;
  }
  if (v instanceof DecimalNumber) return v.roundTo(0).units;
  return toBigInt(v);
}

/**
 * -band/-bor/-bxor work in Int32 when both operands are Int32 or smaller, else in Int64;
 * -shl/-shr keep the left operand's width and take the count modulo that width, as .NET shifts do.
 */
export function bitwise(op: BitwiseOp, a: PsNumber, b: PsNumber): PsNumber {
  const narrow = op === '-shl' || op === '-shr' ? isInt32Operand(a) : isInt32Operand(a) && isInt32Operand(b);
  const x = bitwiseOperand(a);
  const y = bitwiseOperand(b);
  if (narrow) {
    const l = Number(x);
    const r = Number(y);
    if (op === '-band') return l & r;
    if (op === '-bor') return l | r;
    if (op === '-bxor') return l ^ r;
    return op === '-shl' ? l << (r & 31) : l >> (r & 31);
  }
  let n: bigint;
  if (op === '-band') n = x & y;
  else if (op === '-bor') n = x | y;
  else if (op === '-bxor') n = x ^ y;
  else n = op === '-shl' ? x << (y & 63n) : x >> (y & 63n);
  return makeInt64(BigInt.asIntN(64, n));
}

/** -bnot: Int32 stays Int32, anything wider or floating becomes Int64. */
export function bitwiseNot(v: PsNumber): PsNumber {
  if (isInt32Operand(v)) return ~Number(toBigInt(v));
  return makeInt64(BigInt.asIntN(64, ~bitwiseOperand(v)));
}

// ---------------------------------------------------------------------------------------------
// Comparison

/** Orders two numbers by value (exactly for integers and decimals); NaN compares as unordered (NaN). */
export function compareNumbers(a: PsNumber, b: PsNumber): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
  const common = commonType(numericType(a), numericType(b));
  if (common === 'Decimal') {
    const da = toDecimalOrUndefined(a);
    const db = toDecimalOrUndefined(b);
    if (da && db) return da.compare(db);
  } else if (common !== 'Double') {
    const x = toBigInt(a);
    const y = toBigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = toDoubleValue(a);
  const y = toDoubleValue(b);
  return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
}

function toDecimalOrUndefined(v: PsNumber): DecimalNumber | undefined {
  try {
    return toDecimal(v);
  } catch {
    return undefined;
  }
}
