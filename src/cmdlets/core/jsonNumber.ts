// How 5.1's serializer writes a Double: .NET's round-trip "R" format, that is 15 significant digits
// when they read back as the same number, else 17, in the "G" layout (exponent form `1E+20`,
// `1.5E-07` from an exponent of the digit count up or below -5). Integers and Decimals are written
// as their plain text.

import { DecimalNumber, numberToString, type PsNumber, TypedNumber } from '../../engine/runtime/numbers.js';

function gFormat(n: number, precision: number): string {
  const [mantissa, expText] = n.toExponential(precision - 1).split('e');
  const exp = Number(expText);
  const digits = mantissa!.replace('-', '').replace('.', '').replace(/0+$/, '') || '0';
  const sign = n < 0 ? '-' : '';
  if (exp >= precision || exp < -5) {
    const tail = digits.length > 1 ? `.${digits.slice(1)}` : '';
    return `${sign}${digits[0]}${tail}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const whole = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const fraction = digits.slice(exp + 1);
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** A Double in .NET's round-trip form. */
export function doubleJsonText(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  if (n === 0) return '0';
  const short = gFormat(n, 15);
  return Number(short.replace('E', 'e')) === n ? short : gFormat(n, 17);
}

/** A plain number: an integer within Int64's exact range as it is, any other value as a Double. */
export function jsonNumberText(n: number): string {
  return Number.isSafeInteger(n) ? String(n) : doubleJsonText(n);
}

/** A boxed number: Doubles and Singles in round-trip form, integers and Decimals as their text. */
export function numericJsonText(v: PsNumber): string {
  if (typeof v === 'number') return jsonNumberText(v);
  if (v instanceof DecimalNumber) return v.toString();
  if (v instanceof TypedNumber && (v.type === 'Double' || v.type === 'Single')) return doubleJsonText(v.value);
  return numberToString(v);
}
