// DateTime and TimeSpan members and methods.

import { toNumber, toStr, isNull } from '../runtime/convert.js';
import { DateFormatError, DAYS, dateDisplayHints, formatDate } from '../runtime/dateText.js';
import { arity, methodException, NO_METHOD } from './support.js';
import { formatValue } from '../operators/format.js';
import { TimeSpan } from '../runtime/values.js';

const MS_PER_DAY = 86_400_000;

/**
 * DateTime's properties as the evaluator reads them and Get-Member lists them: one table, so what
 * `$d.X` supports is what Get-Member shows.
 */
const DATE_PROPERTIES: Record<string, { name: string; type: string; get: (d: Date) => unknown }> = {};
function property(name: string, type: string, get: (d: Date) => unknown): void {
  DATE_PROPERTIES[name.toLowerCase()] = { name, type, get };
}
const midnight = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());
property('Date', 'datetime', midnight);
property('Day', 'int', (d) => d.getDate());
property('DayOfWeek', 'System.DayOfWeek', (d) => DAYS[d.getDay()]);
// Counted on UTC calendar days, so a daylight-saving change inside the year does not shift it.
property('DayOfYear', 'int', (d) => Math.floor((Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - Date.UTC(d.getFullYear(), 0, 1)) / MS_PER_DAY) + 1);
property('Hour', 'int', (d) => d.getHours());
property('Kind', 'System.DateTimeKind', () => 'Local');
property('Millisecond', 'int', (d) => d.getMilliseconds());
property('Minute', 'int', (d) => d.getMinutes());
property('Month', 'int', (d) => d.getMonth() + 1);
property('Second', 'int', (d) => d.getSeconds());
property('Ticks', 'long', (d) => (d.getTime() - d.getTimezoneOffset() * 60000) * 10_000 + 621355968000000000);
property('TimeOfDay', 'timespan', (d) => TimeSpan.fromMilliseconds(d.getTime() - midnight(d).getTime()));
property('Year', 'int', (d) => d.getFullYear());

/** DateTime's properties by name in display order, for the member model (Format-List *, Select-Object *). */
export function dateProperties(): Record<string, (d: Date) => unknown> {
  return Object.fromEntries(Object.values(DATE_PROPERTIES).map((p) => [p.name, p.get]));
}

export function dateMember(d: Date, lower: string): unknown {
  // DisplayHint is the note property Get-Date adds; it is not part of the .NET type.
  if (lower === 'displayhint') return dateDisplayHints.get(d) ?? null;
  return DATE_PROPERTIES[lower]?.get(d);
}

function addMonths(d: Date, months: number): Date {
  const r = new Date(d.getTime());
  const day = r.getDate();
  r.setDate(1);
  r.setMonth(r.getMonth() + months);
  const last = new Date(r.getFullYear(), r.getMonth() + 1, 0).getDate();
  r.setDate(Math.min(day, last));
  return r;
}

type DateMethod = { name: string; definition: string; call: (d: Date, args: unknown[]) => unknown };
/** DateTime's methods, with the .NET definitions Get-Member shows: what the evaluator can call. */
const DATE_METHODS: Record<string, DateMethod> = {};
function method(name: string, definition: string, call: (d: Date, args: unknown[]) => unknown): void {
  DATE_METHODS[name.toLowerCase()] = { name, definition, call };
}
const num = (args: unknown[]) => toNumber(args[0], 'System.Double');
/** An AddX(double value) method: `ms` milliseconds per unit. */
function addUnit(name: string, ms: number): void {
  method(name, `datetime ${name}(double value)`, (d, args) => {
    arity(name, args, 1);
    return addMs(d, num(args) * ms);
  });
}
addUnit('AddDays', MS_PER_DAY);
addUnit('AddHours', 3_600_000);
addUnit('AddMinutes', 60_000);
addUnit('AddSeconds', 1000);
addUnit('AddMilliseconds', 1);
method('AddTicks', 'datetime AddTicks(long value)', (d, args) => addMs(d, num(args) / 10_000));
method('AddMonths', 'datetime AddMonths(int months)', (d, args) => {
  arity('AddMonths', args, 1);
  return addMonths(d, Math.trunc(num(args)));
});
method('AddYears', 'datetime AddYears(int value)', (d, args) => {
  arity('AddYears', args, 1);
  return addMonths(d, Math.trunc(num(args)) * 12);
});
method('Add', 'datetime Add(timespan value)', (d, args) => (args[0] instanceof TimeSpan ? addMs(d, args[0].totalMilliseconds) : NO_METHOD));
method('Subtract', 'timespan Subtract(datetime value), datetime Subtract(timespan value)', (d, args) => {
  if (args[0] instanceof Date) return TimeSpan.fromMilliseconds(d.getTime() - args[0].getTime());
  if (args[0] instanceof TimeSpan) return addMs(d, -args[0].totalMilliseconds);
  return NO_METHOD;
});
method('ToString', 'string ToString(), string ToString(string format), string ToString(System.IFormatProvider provider), string ToString(string format, System.IFormatProvider provider)', (d, args) => {
  try {
    return formatDate(d, args.length && !isNull(args[0]) ? toStr(args[0]) : undefined);
  } catch (err) {
    if (err instanceof DateFormatError) throw methodException('ToString', args, err.message, 'System.FormatException');
    throw err;
  }
});
method('ToShortDateString', 'string ToShortDateString()', (d) => formatDate(d, 'd'));
method('ToLongDateString', 'string ToLongDateString()', (d) => formatDate(d, 'D'));
method('ToShortTimeString', 'string ToShortTimeString()', (d) => formatDate(d, 't'));
method('ToLongTimeString', 'string ToLongTimeString()', (d) => formatDate(d, 'T'));
method('ToUniversalTime', 'datetime ToUniversalTime()', (d) => new Date(d.getTime() + d.getTimezoneOffset() * 60000));
method('ToLocalTime', 'datetime ToLocalTime()', (d) => new Date(d.getTime()));
method('CompareTo', 'int CompareTo(System.Object value), int CompareTo(datetime value)', (d, args) => (args[0] instanceof Date ? Math.sign(d.getTime() - args[0].getTime()) : 1));
method('Equals', 'bool Equals(System.Object value), bool Equals(datetime value)', (d, args) => args[0] instanceof Date && args[0].getTime() === d.getTime());
method('ToFileTime', 'long ToFileTime()', (d) => (d.getTime() + 11644473600000) * 10_000);
method('IsDaylightSavingTime', 'bool IsDaylightSavingTime()', () => false);

export function dateMethod(d: Date, lower: string, args: unknown[]): unknown {
  const m = DATE_METHODS[lower];
  return m ? m.call(d, args) : NO_METHOD;
}

/** DateTime's members as Get-Member lists them: [name, member type, definition], from the tables above. */
export function dateMemberList(): [string, string, string][] {
  return [
    ...Object.values(DATE_METHODS).map((m): [string, string, string] => [m.name, 'Method', m.definition]),
    ...Object.values(DATE_PROPERTIES).map((p): [string, string, string] => [p.name, 'Property', `${p.type} ${p.name} {get;}`]),
  ];
}

function addMs(d: Date, ms: number): Date {
  return new Date(d.getTime() + Math.round(ms));
}

export function timeSpanMember(t: TimeSpan, lower: string): unknown {
  const abs = Math.abs(t.ticks);
  const sign = t.ticks < 0 ? -1 : 1;
  const part = (div: number, mod: number) => (sign * Math.floor(abs / div)) % mod || 0;
  switch (lower) {
    case 'days':
      return sign * Math.floor(abs / 864e9) || 0;
    case 'hours':
      return part(36e9, 24);
    case 'minutes':
      return part(6e8, 60);
    case 'seconds':
      return part(1e7, 60);
    case 'milliseconds':
      return part(1e4, 1000);
    case 'ticks':
      return t.ticks;
    case 'totaldays':
      return t.ticks / 864e9;
    case 'totalhours':
      return t.ticks / 36e9;
    case 'totalminutes':
      return t.ticks / 6e8;
    case 'totalseconds':
      return t.ticks / 1e7;
    case 'totalmilliseconds':
      return t.ticks / 1e4;
    default:
      return undefined;
  }
}

export function timeSpanMethod(t: TimeSpan, lower: string, args: unknown[]): unknown {
  switch (lower) {
    case 'tostring':
      return args.length && !isNull(args[0]) ? formatValue(t, toStr(args[0])) : t.toString();
    case 'add':
      return args[0] instanceof TimeSpan ? new TimeSpan(t.ticks + args[0].ticks) : NO_METHOD;
    case 'subtract':
      return args[0] instanceof TimeSpan ? new TimeSpan(t.ticks - args[0].ticks) : NO_METHOD;
    case 'negate':
      return new TimeSpan(-t.ticks);
    case 'duration':
      return new TimeSpan(Math.abs(t.ticks));
    case 'compareto':
      return args[0] instanceof TimeSpan ? Math.sign(t.ticks - args[0].ticks) : 1;
    case 'equals':
      return args[0] instanceof TimeSpan && args[0].ticks === t.ticks;
    default:
      return NO_METHOD;
  }
}
