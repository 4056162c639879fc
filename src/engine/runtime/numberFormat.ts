// .NET number formatting (en-US), what `-f`, `.ToString(fmt)` and `[string]::Format` print: the
// standard formats (N, F, C, P, D, X, E, G, R) and custom patterns (`#,0.00`, `000`, `0%`). As in
// .NET Framework, a Double formats from its 15 significant digits and rounds half away from zero;
// integers and Decimals format from their exact digits.

import { DecimalNumber } from './decimal.js';
import { type PsNumber, formatDouble, isIntegerType, numberToString, numericType, toBigInt, toDoubleValue } from './numbers.js';

/** A format string that does not apply to the value (`{0:D}` on a Double): .NET's FormatException. */
export class FormatSpecifierError extends Error {
  constructor() {
    super('Format specifier was invalid.');
  }
}

interface Plain {
  negative: boolean;
  /** |value| as plain decimal text, `123.45`, no exponent. */
  text: string;
}

/** The exact digits a value formats from. */
function plainOf(v: PsNumber): Plain {
  const t = numericType(v);
  if (v instanceof DecimalNumber) return { negative: v.units < 0n, text: v.toString().replace('-', '') };
  if (isIntegerType(t)) {
    const n = toBigInt(v);
    return { negative: n < 0n, text: (n < 0n ? -n : n).toString() };
  }
  const d = toDoubleValue(v);
  if (d === 0) return { negative: false, text: '0' };
  const [mantissa, expText] = Math.abs(d).toExponential(t === 'Single' ? 6 : 14).split('e');
  const digits = mantissa!.replace('.', '');
  const exp = Number(expText);
  if (exp >= 0) {
    const int = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
    const frac = digits.slice(exp + 1);
    return { negative: d < 0, text: frac ? `${int}.${frac}` : int };
  }
  return { negative: d < 0, text: `0.${'0'.repeat(-exp - 1)}${digits}` };
}

function increment(digits: string): string {
  const out = digits.split('');
  let i = out.length - 1;
  while (i >= 0 && out[i] === '9') out[i--] = '0';
  if (i < 0) return `1${out.join('')}`;
  out[i] = String(Number(out[i]) + 1);
  return out.join('');
}

/** Rounds plain text to `decimals` places, half away from zero: [integer digits, fraction digits]. */
function roundPlain(text: string, decimals: number): [string, string] {
  const [int, frac = ''] = text.split('.') as [string, string?];
  if (frac.length <= decimals) return [int, frac.padEnd(decimals, '0')];
  let digits = int + frac.slice(0, decimals);
  if (frac[decimals]! >= '5') digits = increment(digits);
  const intLen = digits.length - decimals;
  return [digits.slice(0, intLen).replace(/^0+(?=\d)/, ''), digits.slice(intLen)];
}

/** Multiplies plain text by 100 (for percent), exactly. */
function timesHundred(text: string): string {
  const [int, frac = ''] = text.split('.') as [string, string?];
  const f = frac.padEnd(2, '0');
  const rest = f.slice(2);
  const whole = `${int}${f.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  return rest ? `${whole}.${rest}` : whole;
}

const group = (int: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function fixed(p: Plain, decimals: number, grouped: boolean): { body: string; nonZero: boolean } {
  const [int, frac] = roundPlain(p.text, decimals);
  const body = `${grouped ? group(int) : int}${decimals > 0 ? `.${frac}` : ''}`;
  return { body, nonZero: /[1-9]/.test(body) };
}

const TWOS_COMPLEMENT_BITS: Record<string, bigint> = { Byte: 8n, SByte: 8n, Int16: 16n, UInt16: 16n, Int32: 32n, UInt32: 32n, Int64: 64n, UInt64: 64n };

/** `v.ToString(fmt)` in en-US. */
export function formatNumberWith(v: PsNumber, fmt: string): string {
  const std = /^([CcDdEeFfGgNnPpRrXx])(\d{0,2})$/.exec(fmt);
  if (!std) return formatCustom(v, fmt);
  const spec = std[1]!.toUpperCase();
  const precision = std[2] === '' ? undefined : Number(std[2]);
  const t = numericType(v);
  const d = toDoubleValue(v);
  if (!Number.isFinite(d) && !isIntegerType(t) && !(v instanceof DecimalNumber)) return numberToString(v);
  const p = plainOf(v);
  switch (spec) {
    case 'N':
    case 'F': {
      const f = fixed(p, precision ?? 2, spec === 'N');
      return p.negative && f.nonZero ? `-${f.body}` : f.body;
    }
    case 'C': {
      const f = fixed(p, precision ?? 2, true);
      return p.negative && f.nonZero ? `($${f.body})` : `$${f.body}`;
    }
    case 'P': {
      const f = fixed({ negative: p.negative, text: timesHundred(p.text) }, precision ?? 2, true);
      return `${p.negative && f.nonZero ? '-' : ''}${f.body} %`;
    }
    case 'D': {
      if (!isIntegerType(t)) throw new FormatSpecifierError();
      const body = p.text.padStart(precision ?? 0, '0');
      return p.negative ? `-${body}` : body;
    }
    case 'X': {
      if (!isIntegerType(t)) throw new FormatSpecifierError();
      const n = toBigInt(v);
      const hex = BigInt.asUintN(Number(TWOS_COMPLEMENT_BITS[t]!), n).toString(16).padStart(precision ?? 0, '0');
      return std[1] === 'x' ? hex : hex.toUpperCase();
    }
    case 'E': {
      const [m, e] = d.toExponential(precision ?? 6).split('e');
      const exp = Number(e);
      return `${m}${std[1]}${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(3, '0')}`;
    }
    case 'R':
      if (t === 'Double') return Number(formatDouble(d)) === d ? formatDouble(d) : formatDouble(d, 17);
      return numberToString(v);
    default:
      if (precision && !(v instanceof DecimalNumber)) return formatDouble(d, precision);
      return numberToString(v);
  }
}

/** Custom patterns: `0.00`, `#,##0`, `000`, `#.##`, `0%`; sections (`;`) pick by sign. */
function formatCustom(v: PsNumber, fmt: string): string {
  const sections = fmt.split(';');
  const p = plainOf(v);
  let section = sections[0]!;
  let negative = p.negative;
  if (p.negative && sections.length > 1 && sections[1] !== '') {
    section = sections[1]!;
    negative = false;
  } else if (/^[0.]+$/.test(p.text) && sections.length > 2) section = sections[2]!;
  const text = section.includes('%') ? timesHundred(p.text) : p.text;
  const pattern = /[0#][0#,.]*/.exec(section);
  if (!pattern) return section;
  const pat = pattern[0];
  const dot = pat.indexOf('.');
  const intPat = dot < 0 ? pat : pat.slice(0, dot);
  const fracPat = dot < 0 ? '' : pat.slice(dot + 1);
  const minInt = (intPat.replace(/,/g, '').match(/0/g) ?? []).length;
  const minFrac = fracPat.replace(/#.*$/, '').length;
  let [ip, fp] = roundPlain(text, fracPat.length);
  while (fp.length > minFrac && fp.endsWith('0')) fp = fp.slice(0, -1);
  if (ip === '0' && minInt === 0) ip = '';
  ip = ip.padStart(minInt, '0');
  if (intPat.includes(',')) ip = group(ip);
  const body = fp ? `${ip}.${fp}` : ip;
  const sign = negative && /[1-9]/.test(body) ? '-' : '';
  return section.slice(0, pattern.index) + sign + body + section.slice(pattern.index + pat.length);
}
