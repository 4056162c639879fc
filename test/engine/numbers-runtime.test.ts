// The runtime's numeric tower on its own: representation (the common cases stay plain numbers),
// literal parsing, widening arithmetic, Decimal's exact arithmetic and .NET number formatting.

import { describe, expect, it } from 'vitest';
import { DecimalNumber, TypedNumber, formatDouble, makeInt64, numberToString, numericType } from '../../src/engine/runtime/numbers.js';
import { convertNumber, parseNumberText, NumberRangeError } from '../../src/engine/runtime/numberText.js';
import { ArithmeticFailure, arithmetic, bitwise, compareNumbers, negate } from '../../src/engine/runtime/arithmetic.js';
import { FormatSpecifierError, formatNumberWith } from '../../src/engine/runtime/numberFormat.js';

const dec = (text: string) => DecimalNumber.parse(text)!;
const typed = (v: unknown) => `${numericType(v as never)}:${numberToString(v as never)}`;

describe('numeric representation', () => {
  it('keeps Int32 sums and non-integral Doubles as plain numbers', () => {
    expect(arithmetic('+', 1, 2)).toBe(3);
    expect(arithmetic('*', 1.5, 3)).toBe(4.5);
    expect(parseNumberText('42')).toBe(42);
  });

  it('boxes what a plain number would misread', () => {
    expect(parseNumberText('5.0')).toBeInstanceOf(TypedNumber);
    expect(typed(parseNumberText('1l'))).toBe('Int64:1');
    expect(typed(parseNumberText('9223372036854775807'))).toBe('Int64:9223372036854775807');
    expect(typed(parseNumberText('1.10d'))).toBe('Decimal:1.10');
    expect(typed(parseNumberText('0x80000000'))).toBe('Int32:-2147483648');
    expect(typed(parseNumberText('1.5mb'))).toBe('Double:1572864');
    expect(parseNumberText('1x')).toBeUndefined();
  });
});

describe('widening arithmetic', () => {
  it('widens Int32 and Int64 overflow to Double', () => {
    expect(typed(arithmetic('+', 2147483647, 1))).toBe('Double:2147483648');
    expect(typed(arithmetic('+', makeInt64(9223372036854775807n), 1))).toBe('Double:9.22337203685478E+18');
    expect(typed(arithmetic('-', makeInt64(9223372036854775807n), 1))).toBe('Int64:9223372036854775806');
  });

  it('keeps exact integer division integral and widens the rest', () => {
    expect(typed(arithmetic('/', 6, 2))).toBe('Int32:3');
    expect(typed(arithmetic('/', -2147483648, -1))).toBe('Double:2147483648');
    expect(typed(arithmetic('/', makeInt64(10), 4))).toBe('Double:2.5');
  });

  it('refuses division by zero and Decimal overflow', () => {
    expect(() => arithmetic('%', 1, 0)).toThrow(ArithmeticFailure);
    expect(() => arithmetic('+', new DecimalNumber((1n << 96n) - 1n, 0), 1)).toThrow('Value was either too large or too small for a Decimal.');
  });

  it('negates Int32 min into a Double', () => {
    expect(typed(negate(-2147483648))).toBe('Double:2147483648');
    expect(typed(negate(dec('1.50')))).toBe('Decimal:-1.50');
  });

  it('shifts within the left operand width', () => {
    expect(bitwise('-shl', 1, 33)).toBe(2);
    expect(typed(bitwise('-shl', makeInt64(1), 33))).toBe('Int64:8589934592');
    expect(typed(bitwise('-band', 0xff, 2.5))).toBe('Int64:2');
  });

  it('compares exactly across types', () => {
    expect(compareNumbers(makeInt64(9223372036854775807n), makeInt64(9223372036854775806n))).toBe(1);
    expect(compareNumbers(dec('1.10'), 1.1)).toBe(0);
    expect(compareNumbers(NaN, NaN)).toBeNaN();
  });
});

describe('Decimal', () => {
  it('divides to 28-29 significant digits, rounding half to even', () => {
    expect(dec('10').divide(dec('3'))!.toString()).toBe('3.3333333333333333333333333333');
    expect(dec('100').divide(dec('3'))!.toString()).toBe('33.333333333333333333333333333');
    expect(dec('2').divide(dec('3'))!.toString()).toBe('0.6666666666666666666666666667');
  });

  it('keeps the dividend scale when the division is exact', () => {
    expect(dec('1.00').divide(dec('1'))!.toString()).toBe('1.00');
    expect(dec('6').divide(dec('2'))!.toString()).toBe('3');
  });

  it('converts a double through 15 significant digits', () => {
    expect(DecimalNumber.fromDouble(0.1 + 0.2)!.toString()).toBe('0.3');
    expect(DecimalNumber.fromDouble(1e30)).toBeUndefined();
  });

  it('rounds half to even into integers and checks ranges', () => {
    expect(convertNumber(dec('2.5'), 'Int32')).toBe(2);
    expect(convertNumber(dec('3.5'), 'Int32')).toBe(4);
    expect(() => convertNumber(256, 'Byte')).toThrow(NumberRangeError);
    expect(() => convertNumber(-1, 'UInt32')).toThrow('Value was either too large or too small for a UInt32.');
  });
});

describe('.NET number formatting', () => {
  it('prints doubles with 15 significant digits', () => {
    expect(formatDouble(0.00001)).toBe('1E-05');
    expect(formatDouble(0.0001)).toBe('0.0001');
    expect(formatDouble(123456789012345680)).toBe('1.23456789012346E+17');
    expect(formatDouble(Number.MAX_VALUE)).toBe('1.79769313486232E+308');
    expect(formatDouble(-0)).toBe('0');
  });

  it('formats standard specifiers per type', () => {
    expect(formatNumberWith(new TypedNumber('Int16', -1), 'X')).toBe('FFFF');
    expect(formatNumberWith(new TypedNumber('Byte', 255), 'x')).toBe('ff');
    expect(formatNumberWith(-0.001, 'N2')).toBe('0.00');
    expect(formatNumberWith(1234.5, 'C0')).toBe('$1,235');
    expect(formatNumberWith(dec('2.345'), 'F2')).toBe('2.35');
    expect(formatNumberWith(123456, 'G3')).toBe('1.23E+05');
    expect(() => formatNumberWith(1.5, 'D')).toThrow(FormatSpecifierError);
  });

  it('formats custom patterns with sections', () => {
    expect(formatNumberWith(-5, '0.0;(0.0)')).toBe('(5.0)');
    expect(formatNumberWith(0, '0;-0;zero')).toBe('zero');
    expect(formatNumberWith(0.5, '#.##')).toBe('.5');
  });
});
