// DateTime text: the invariant form PowerShell uses in strings (`MM/dd/yyyy HH:mm:ss`), .NET custom
// format strings (`yyyy-MM-dd HH:mm`), and the standard one-letter formats of the en-US culture.

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `"$date"` and `[string]$date`: invariant culture. */
export function formatDateInvariant(d: Date): string {
  return `${pad(d.getMonth() + 1)}/${pad(d.getDate())}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** en-US standard formats. */
const STANDARD: Record<string, string> = {
  d: 'M/d/yyyy',
  D: 'dddd, MMMM d, yyyy',
  t: 'h:mm tt',
  T: 'h:mm:ss tt',
  f: 'dddd, MMMM d, yyyy h:mm tt',
  F: 'dddd, MMMM d, yyyy h:mm:ss tt',
  g: 'M/d/yyyy h:mm tt',
  G: 'M/d/yyyy h:mm:ss tt',
  M: 'MMMM d',
  m: 'MMMM d',
  Y: 'MMMM yyyy',
  y: 'MMMM yyyy',
  s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
  u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
  o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  r: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  R: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
};

/** .NET's FormatException for a one-letter format that is not a standard one. */
export class DateFormatError extends Error {
  constructor() {
    super('Input string was not in a correct format.');
  }
}

export type DisplayHint = 'Date' | 'Time' | 'DateTime';

/** Get-Date's output carries a DisplayHint note property (a [datetime] made any other way has none). */
export const dateDisplayHints = new WeakMap<Date, DisplayHint>();

/** DisplayHint as ConvertTo-Json writes it: the enum's value. */
export const DISPLAY_HINT_VALUES: Record<DisplayHint, number> = { Date: 0, Time: 1, DateTime: 2 };

/** DateTime.ToString() in en-US: `M/d/yyyy h:mm:ss tt`. */
export function formatDateCulture(d: Date): string {
  return formatDate(d, 'G');
}

/** DateTime.ToString(format) with en-US names. */
export function formatDate(d: Date, format: string | undefined): string {
  if (!format) return formatDate(d, 'G');
  if (format.length === 1) {
    const std = format === 'U' ? STANDARD.F : STANDARD[format];
    if (!std) throw new DateFormatError();
    if (format === 'U') return formatCustom(new Date(d.getTime() + d.getTimezoneOffset() * 60000), STANDARD.F!);
    if (format === 'u' || format === 'r' || format === 'R') return formatCustom(new Date(d.getTime() + d.getTimezoneOffset() * 60000), std);
    return formatCustom(d, std);
  }
  return formatCustom(d, format);
}

function runLength(fmt: string, i: number): number {
  let n = 1;
  while (fmt[i + n] === fmt[i]) n++;
  return n;
}

function offsetText(d: Date, withMinutes: boolean, padHours: boolean): string {
  const off = -d.getTimezoneOffset();
  const sign = off < 0 ? '-' : '+';
  const h = Math.floor(Math.abs(off) / 60);
  const m = Math.abs(off) % 60;
  return `${sign}${padHours ? pad(h) : String(h)}${withMinutes ? `:${pad(m)}` : ''}`;
}

function formatCustom(d: Date, fmt: string): string {
  let out = '';
  for (let i = 0; i < fmt.length; ) {
    const c = fmt[i]!;
    if (c === "'" || c === '"') {
      const close = fmt.indexOf(c, i + 1);
      const end = close < 0 ? fmt.length : close;
      out += fmt.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (c === '\\') {
      out += fmt[i + 1] ?? '';
      i += 2;
      continue;
    }
    if (c === '%') {
      i++;
      continue;
    }
    const n = runLength(fmt, i);
    out += formatToken(d, c, n) ?? fmt.slice(i, i + n);
    i += n;
  }
  return out;
}

function formatToken(d: Date, c: string, n: number): string | undefined {
  const hours = d.getHours();
  switch (c) {
    case 'y': {
      const y = d.getFullYear();
      if (n === 1) return String(y % 100);
      if (n === 2) return pad(y % 100);
      return pad(y, n);
    }
    case 'M': {
      const m = d.getMonth();
      if (n === 1) return String(m + 1);
      if (n === 2) return pad(m + 1);
      return n === 3 ? MONTHS[m]!.slice(0, 3) : MONTHS[m];
    }
    case 'd': {
      if (n === 1) return String(d.getDate());
      if (n === 2) return pad(d.getDate());
      return n === 3 ? DAYS[d.getDay()]!.slice(0, 3) : DAYS[d.getDay()];
    }
    case 'H':
      return n === 1 ? String(hours) : pad(hours);
    case 'h': {
      const h12 = hours % 12 === 0 ? 12 : hours % 12;
      return n === 1 ? String(h12) : pad(h12);
    }
    case 'm':
      return n === 1 ? String(d.getMinutes()) : pad(d.getMinutes());
    case 's':
      return n === 1 ? String(d.getSeconds()) : pad(d.getSeconds());
    case 'f':
    case 'F': {
      const frac = pad(d.getMilliseconds(), 3).padEnd(7, '0').slice(0, n);
      return c === 'F' ? frac.replace(/0+$/, '') : frac;
    }
    case 't':
      return n === 1 ? (hours < 12 ? 'A' : 'P') : hours < 12 ? 'AM' : 'PM';
    case 'z':
      return n === 1 ? offsetText(d, false, false) : n === 2 ? offsetText(d, false, true) : offsetText(d, true, true);
    case 'K':
      return offsetText(d, true, true);
    case 'g':
      return 'A.D.';
    default:
      return undefined;
  }
}

export function isValidDate(d: Date): boolean {
  return !Number.isNaN(d.getTime());
}

/**
 * DateTime from text, the one reading for casts, comparisons and parameter binding, en-US culture
 * (the shell's culture [I]): `12/31/2026`, `12/31/2026 5:00 PM`, `2026-12-31`, `2026-12-31T17:00:00.25`,
 * `2026-12-31 17:00`, ISO with `Z` or an offset (converted to local time), `December 31, 2026`,
 * `Dec 31 2026 5:00 PM`, `31 December 2026`. Undefined when the text is not a date.
 */
export function parseDateText(text: string): Date | undefined {
  const t = text.trim();
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(.+))?$/.exec(t);
  if (m) return withTime(Number(m[3]), Number(m[1]), Number(m[2]), m[4]);
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s](\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(t);
  if (m) {
    const local = withTime(Number(m[1]), Number(m[2]), Number(m[3]), m[4]);
    if (!local || !m[5]) return local;
    const d = new Date(`${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}T${isoTime(m[4]!)}${m[5].toUpperCase()}`);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  m = /^([a-z]+)\s+(\d{1,2}),?\s+(\d{4})(?:\s+(.+))?$/i.exec(t);
  if (m) return withTime(Number(m[3]), monthNumber(m[1]!), Number(m[2]), m[4]);
  m = /^(\d{1,2})\s+([a-z]+),?\s+(\d{4})(?:\s+(.+))?$/i.exec(t);
  if (m) return withTime(Number(m[3]), monthNumber(m[2]!), Number(m[1]), m[4]);
  return undefined;
}

/** 1–12 for a month's name or its abbreviation of three letters or more; 0 otherwise. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return lower.length < 3 ? 0 : MONTHS.findIndex((x) => x.toLowerCase().startsWith(lower)) + 1;
}

function isoTime(t: string): string {
  const [h, rest] = [t.slice(0, t.indexOf(':')), t.slice(t.indexOf(':'))];
  return `${h.padStart(2, '0')}${rest}${rest.length === 3 ? ':00' : ''}`;
}

/** The local date and time, or undefined when a part is out of range (Feb 30, 13 PM, 24:00). */
function withTime(year: number, month: number, day: number, time: string | undefined): Date | undefined {
  let [h, min, s, ms] = [0, 0, 0, 0];
  if (time) {
    const tm = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.(\d+))?\s*(AM|PM)?$/i.exec(time.trim());
    if (!tm) return undefined;
    [h, min, s] = [Number(tm[1]), Number(tm[2]), tm[3] ? Number(tm[3]) : 0];
    ms = tm[4] ? Number(tm[4].padEnd(3, '0').slice(0, 3)) : 0;
    const ampm = tm[5]?.toUpperCase();
    if (ampm) {
      if (h < 1 || h > 12) return undefined;
      if (ampm === 'PM' && h < 12) h += 12;
      if (ampm === 'AM' && h === 12) h = 0;
    }
    if (h > 23 || min > 59 || s > 59) return undefined;
  }
  if (month < 1 || month > 12) return undefined;
  const d = new Date(year, month - 1, day, h, min, s, ms);
  if (d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day) return undefined;
  return d;
}
