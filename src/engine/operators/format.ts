// The -f operator and [string]::Format: composite format strings `{index[,alignment][:format]}`
// with the en-US culture (numbers format in the runtime's numberFormat).

import { ErrorRecord, PSRuntimeError } from '../errors.js';
import { isNull, toStr } from '../runtime/convert.js';
import { type PsNumber, isNumeric, numberToString } from '../runtime/numbers.js';
import { FormatSpecifierError, formatNumberWith } from '../runtime/numberFormat.js';
import { formatDate, formatDateCulture } from '../runtime/dateText.js';
import { TimeSpan } from '../runtime/values.js';

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

function formatNumberOrFail(v: PsNumber, fmt: string): string {
  try {
    return formatNumberWith(v, fmt);
  } catch (e) {
    if (e instanceof FormatSpecifierError) throw formatError(`Error formatting a string: ${e.message}.`);
    throw e;
  }
}

/** One argument with an optional format string, as IFormattable.ToString(format, en-US) would give. */
export function formatValue(v: unknown, fmt: string | undefined): string {
  if (isNull(v)) return '';
  if (v instanceof Date) return fmt ? formatDate(v, fmt) : formatDateCulture(v);
  if (isNumeric(v)) return fmt ? formatNumberOrFail(v, fmt) : numberToString(v);
  if (v instanceof TimeSpan && fmt) return formatTimeSpan(v, fmt);
  return toStr(v);
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
