// The -f operator and [string]::Format: composite format strings `{index[,alignment][:format]}`
// with the en-US culture (.NET Framework number rounding: 15 significant digits, half away from zero).

import { ErrorRecord, PSRuntimeError } from './errors.js';
import { formatNumber, isNull, toStr } from './convert.js';
import { formatDate, formatDateCulture } from './convertDate.js';
import { TimeSpan } from './values.js';

function formatError(message = 'Error formatting a string: Input string was not in a correct format..'): PSRuntimeError {
  return new PSRuntimeError(new ErrorRecord({ message, category: 'NotSpecified', errorId: 'FormatError', exceptionType: 'System.FormatException', targetName: '', targetType: '' }));
}

/** `format -f args` */
export function formatOperator(format: string, args: unknown[]): string {
  let out = '';
  let i = 0;
  while (i < format.length) {
    const c = format[i]!;
    if (c === '{') {
      if (format[i + 1] === '{') {
        out += '{';
        i += 2;
        continue;
      }
      const close = format.indexOf('}', i);
      if (close < 0) throw formatError();
      const item = /^\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?(?::(.*))?$/s.exec(format.slice(i + 1, close));
      if (!item) throw formatError();
      const index = Number(item[1]);
      if (index >= args.length) throw formatError('Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..');
      let text = formatValue(args[index], item[3]);
      const align = item[2] ? Number(item[2]) : 0;
      if (align > 0) text = text.padStart(align);
      else if (align < 0) text = text.padEnd(-align);
      out += text;
      i = close + 1;
      continue;
    }
    if (c === '}') {
      if (format[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      throw formatError();
    }
    out += c;
    i++;
  }
  return out;
}

/** One argument with an optional format string, as IFormattable.ToString(format, en-US) would give. */
export function formatValue(v: unknown, fmt: string | undefined): string {
  if (isNull(v)) return '';
  if (v instanceof Date) return fmt ? formatDate(v, fmt) : formatDateCulture(v);
  if (typeof v === 'number') return fmt ? formatNumberWith(v, fmt) : formatNumber(v);
  if (v instanceof TimeSpan && fmt) return formatTimeSpan(v, fmt);
  return toStr(v);
}

// ---------------------------------------------------------------------------------------------
// Numbers

/** Decimal digits of |n| rounded to `decimals` places, half away from zero, from its 15-digit form. */
export function toFixedNet(n: number, decimals: number): string {
  const abs = Math.abs(n);
  const [mant, expText] = abs.toExponential(14).split('e');
  const exp = Number(expText);
  const digits = mant!.replace('.', '').split('').map(Number);
  // digits[0] is at 10^exp. Keep positions down to 10^-decimals.
  const keep = exp + 1 + decimals;
  let kept: number[];
  if (keep < 0) kept = [];
  else {
    kept = digits.slice(0, keep);
    while (kept.length < keep) kept.push(0);
    if (keep < digits.length && digits[keep]! >= 5) {
      let j = kept.length - 1;
      while (j >= 0 && kept[j] === 9) kept[j--] = 0;
      if (j >= 0) kept[j]!++;
      else {
        kept.unshift(1);
      }
    } else if (keep === 0 && digits[0]! >= 5) kept = [1];
  }
  const intLen = kept.length - decimals;
  let intPart = intLen > 0 ? kept.slice(0, intLen).join('') : '0';
  intPart = intPart.replace(/^0+(?=\d)/, '');
  const fracDigits = intLen >= 0 ? kept.slice(intLen) : [...Array(-intLen).fill(0), ...kept];
  const frac = fracDigits.join('').padStart(decimals, '0').slice(-decimals || undefined);
  return decimals > 0 ? `${intPart}.${frac}` : intPart;
}

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function signed(n: number, body: string): string {
  return n < 0 && /[1-9]/.test(body) ? `-${body}` : body;
}

export function formatNumberWith(n: number, fmt: string): string {
  const std = /^([CcDdEeFfGgNnPpRrXx])(\d{0,2})$/.exec(fmt);
  if (!std) return formatCustomNumber(n, fmt);
  const spec = std[1]!;
  const precision = std[2] === '' ? undefined : Number(std[2]);
  switch (spec.toUpperCase()) {
    case 'N': {
      const [i, f] = toFixedNet(n, precision ?? 2).split('.');
      return signed(n, f !== undefined ? `${group(i!)}.${f}` : group(i!));
    }
    case 'F':
      return signed(n, toFixedNet(n, precision ?? 2));
    case 'D': {
      if (!Number.isInteger(n)) throw formatError('Error formatting a string: Format specifier was invalid..');
      const body = String(Math.abs(n)).padStart(precision ?? 0, '0');
      return n < 0 ? `-${body}` : body;
    }
    case 'C': {
      const [i, f] = toFixedNet(n, precision ?? 2).split('.');
      const body = `$${group(i!)}${f !== undefined ? `.${f}` : ''}`;
      return n < 0 && /[1-9]/.test(body) ? `(${body})` : body;
    }
    case 'P': {
      const [i, f] = toFixedNet(n * 100, precision ?? 2).split('.');
      return `${signed(n, f !== undefined ? `${group(i!)}.${f}` : group(i!))} %`;
    }
    case 'E': {
      const p = precision ?? 6;
      const [m, e] = n.toExponential(p).split('e');
      const exp = Number(e);
      const text = `${m}${spec === 'e' ? 'e' : 'E'}${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(3, '0')}`;
      return text;
    }
    case 'X': {
      const hex = (n < 0 ? (n >>> 0) : n).toString(16).padStart(precision ?? 0, '0');
      return spec === 'x' ? hex : hex.toUpperCase();
    }
    case 'G':
    case 'R':
      if (precision && spec.toUpperCase() === 'G') return formatNumber(Number(n.toPrecision(precision)));
      return formatNumber(n);
    default:
      return formatNumber(n);
  }
}

/** Custom numeric formats: `0.00`, `#,##0`, `000`, `#.##`, `0%`. Sections (`;`) pick by sign. */
function formatCustomNumber(n: number, fmt: string): string {
  const sections = fmt.split(';');
  let section = sections[0]!;
  let value = n;
  if (n < 0 && sections.length > 1 && sections[1] !== '') {
    section = sections[1]!;
    value = -n;
  } else if (n === 0 && sections.length > 2) section = sections[2]!;
  const percent = section.includes('%');
  if (percent) value *= 100;
  const pattern = /[0#][0#,.]*/.exec(section);
  if (!pattern) return section;
  const p = pattern[0];
  const dot = p.indexOf('.');
  const intPat = dot < 0 ? p : p.slice(0, dot);
  const fracPat = dot < 0 ? '' : p.slice(dot + 1);
  const useGroup = intPat.includes(',');
  const minInt = (intPat.replace(/,/g, '').match(/0/g) ?? []).length;
  const maxFrac = fracPat.length;
  const minFrac = fracPat.replace(/#.*$/, '').length;
  const fixed = toFixedNet(value, maxFrac);
  let [ip, fp = ''] = fixed.split('.');
  while (fp.length > minFrac && fp.endsWith('0')) fp = fp.slice(0, -1);
  if (ip === '0' && minInt === 0) ip = '';
  ip = ip!.padStart(minInt, '0');
  if (useGroup) ip = group(ip);
  const body = fp ? `${ip}.${fp}` : ip;
  const negative = value < 0 && /[1-9]/.test(body) ? '-' : '';
  return section.slice(0, pattern.index) + negative + body + section.slice(pattern.index + p.length);
}

function formatTimeSpan(t: TimeSpan, fmt: string): string {
  if (fmt === 'c' || fmt === 'g' || fmt === 'G') return t.toString();
  const abs = Math.abs(t.ticks);
  const parts: Record<string, number> = {
    d: Math.floor(abs / 864e9),
    h: Math.floor(abs / 36e9) % 24,
    m: Math.floor(abs / 6e8) % 60,
    s: Math.floor(abs / 1e7) % 60,
    f: abs % 1e7,
  };
  return fmt.replace(/\\(.)|'([^']*)'|(d+|h+|m+|s+|f+)/g, (_all, esc: string, lit: string, tok: string) => {
    if (esc !== undefined) return esc;
    if (lit !== undefined) return lit;
    const c = tok[0]!;
    if (c === 'f') return String(parts.f).padStart(7, '0').slice(0, tok.length);
    return String(parts[c]).padStart(tok.length, '0');
  });
}
