// Get-Date -UFormat as Windows PowerShell 5.1 reads it (its own table, not strftime's): a leading `+`
// is dropped, %j is not padded, %u and %w count from Sunday = 0, %U %V %W are DayOfYear / 7 (+1 for
// %V), %s is local time since 1970 in seconds with their fraction, and an unknown letter after `%`
// stands for itself. PowerShell 6.2 changed several of these to match Unix `date`.

import { formatDouble } from '../../engine/runtime/numbers.js';
import { formatDate } from '../../engine/runtime/dateText.js';

const MS_PER_DAY = 86_400_000;

function dayOfYear(d: Date): number {
  return Math.round((Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - Date.UTC(d.getFullYear(), 0, 1)) / MS_PER_DAY) + 1;
}

/** Seconds since 1970-01-01 00:00 of the same clock (5.1 subtracts a local midnight from a local time). */
function epochSeconds(d: Date): number {
  return (d.getTime() - d.getTimezoneOffset() * 60_000) / 1000;
}

const right2 = (n: number) => String(n).padStart(2, ' ');

/** Each specifier as a .NET format of the date, or computed. */
const SPECIFIERS: Record<string, (d: Date) => string> = {
  A: (d) => formatDate(d, 'dddd'),
  a: (d) => formatDate(d, 'ddd'),
  B: (d) => formatDate(d, 'MMMM'),
  b: (d) => formatDate(d, 'MMM'),
  h: (d) => formatDate(d, 'MMM'),
  C: (d) => String(Math.trunc(d.getFullYear() / 100)),
  c: (d) => `${formatDate(d, 'ddd MMM')} ${right2(d.getDate())} ${formatDate(d, 'HH:mm:ss yyyy')}`,
  D: (d) => formatDate(d, 'MM/dd/yy'),
  x: (d) => formatDate(d, 'MM/dd/yy'),
  d: (d) => formatDate(d, 'dd'),
  e: (d) => right2(d.getDate()),
  G: (d) => formatDate(d, 'yyyy'),
  Y: (d) => formatDate(d, 'yyyy'),
  g: (d) => formatDate(d, 'yy'),
  y: (d) => formatDate(d, 'yy'),
  H: (d) => formatDate(d, 'HH'),
  k: (d) => formatDate(d, 'HH'),
  I: (d) => formatDate(d, 'hh'),
  l: (d) => formatDate(d, 'hh'),
  M: (d) => formatDate(d, 'mm'),
  m: (d) => formatDate(d, 'MM'),
  S: (d) => formatDate(d, 'ss'),
  R: (d) => formatDate(d, 'HH:mm'),
  T: (d) => formatDate(d, 'HH:mm:ss'),
  X: (d) => formatDate(d, 'HH:mm:ss'),
  r: (d) => formatDate(d, 'hh:mm:ss tt'),
  p: (d) => formatDate(d, 'tt'),
  Z: (d) => formatDate(d, 'zz'),
  j: (d) => String(dayOfYear(d)),
  U: (d) => String(Math.trunc(dayOfYear(d) / 7)),
  W: (d) => String(Math.trunc(dayOfYear(d) / 7)),
  V: (d) => String(Math.trunc(dayOfYear(d) / 7) + 1),
  u: (d) => String(d.getDay()),
  w: (d) => String(d.getDay()),
  s: (d) => formatDouble(epochSeconds(d)),
  n: () => '\n',
  t: () => '\t',
};

export function uformat(d: Date, format: string): string {
  let out = '';
  for (let i = format.startsWith('+') ? 1 : 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== '%') {
      out += c;
      continue;
    }
    const spec = format[++i];
    // [I] a lone `%` at the end is kept (5.1 fails there with an index error of its own).
    if (spec === undefined) return out + '%';
    out += SPECIFIERS[spec]?.(d) ?? spec;
  }
  return out;
}
