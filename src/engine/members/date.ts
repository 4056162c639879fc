// DateTime and TimeSpan members and methods.

import { toNumber, toStr, isNull } from '../runtime/convert.js';
import { DateFormatError, DAYS, dateDisplayHints, formatDate } from '../runtime/dateText.js';
import { arity, methodException, NO_METHOD } from './support.js';
import { formatValue } from '../operators/format.js';
import { TimeSpan } from '../runtime/values.js';
import { MemberTable } from '../runtime/memberTable.js';

const MS_PER_DAY = 86_400_000;
const midnight = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());

function addMonths(d: Date, months: number): Date {
  const r = new Date(d.getTime());
  const day = r.getDate();
  r.setDate(1);
  r.setMonth(r.getMonth() + months);
  const last = new Date(r.getFullYear(), r.getMonth() + 1, 0).getDate();
  r.setDate(Math.min(day, last));
  return r;
}

const num = (args: unknown[]) => toNumber(args[0], 'System.Double');

/** An AddX(double value) method: `ms` milliseconds per unit. */
function addUnit(name: string, ms: number): [string, string, (d: Date, args: unknown[]) => unknown] {
  return [
    name,
    `datetime ${name}(double value)`,
    (d, args) => {
      arity(name, args, 1);
      return addMs(d, num(args) * ms);
    },
  ];
}

function dateToString(d: Date, args: unknown[]): string {
  try {
    return formatDate(d, args.length && !isNull(args[0]) ? toStr(args[0]) : undefined);
  } catch (err) {
    if (err instanceof DateFormatError) throw methodException('ToString', args, err.message, 'System.FormatException');
    throw err;
  }
}

/**
 * DateTime's members, with the .NET definitions Get-Member shows: what the evaluator can call and
 * read, properties in the order `Format-List *` shows them.
 */
export const DATE_MEMBERS = new MemberTable<Date>()
  .method(...addUnit('AddDays', MS_PER_DAY))
  .method(...addUnit('AddHours', 3_600_000))
  .method(...addUnit('AddMinutes', 60_000))
  .method(...addUnit('AddSeconds', 1000))
  .method(...addUnit('AddMilliseconds', 1))
  .method('AddTicks', 'datetime AddTicks(long value)', (d, args) => addMs(d, num(args) / 10_000))
  .method('AddMonths', 'datetime AddMonths(int months)', (d, args) => (arity('AddMonths', args, 1), addMonths(d, Math.trunc(num(args)))))
  .method('AddYears', 'datetime AddYears(int value)', (d, args) => (arity('AddYears', args, 1), addMonths(d, Math.trunc(num(args)) * 12)))
  .method('Add', 'datetime Add(timespan value)', (d, args) => (args[0] instanceof TimeSpan ? addMs(d, args[0].totalMilliseconds) : NO_METHOD))
  .method('Subtract', 'timespan Subtract(datetime value), datetime Subtract(timespan value)', (d, args) => {
    if (args[0] instanceof Date) return TimeSpan.fromMilliseconds(d.getTime() - args[0].getTime());
    if (args[0] instanceof TimeSpan) return addMs(d, -args[0].totalMilliseconds);
    return NO_METHOD;
  })
  .method('ToString', 'string ToString(), string ToString(string format), string ToString(System.IFormatProvider provider), string ToString(string format, System.IFormatProvider provider)', dateToString)
  .method('ToShortDateString', 'string ToShortDateString()', (d) => formatDate(d, 'd'))
  .method('ToLongDateString', 'string ToLongDateString()', (d) => formatDate(d, 'D'))
  .method('ToShortTimeString', 'string ToShortTimeString()', (d) => formatDate(d, 't'))
  .method('ToLongTimeString', 'string ToLongTimeString()', (d) => formatDate(d, 'T'))
  .method('ToUniversalTime', 'datetime ToUniversalTime()', (d) => new Date(d.getTime() + d.getTimezoneOffset() * 60000))
  .method('ToLocalTime', 'datetime ToLocalTime()', (d) => new Date(d.getTime()))
  .method('CompareTo', 'int CompareTo(System.Object value), int CompareTo(datetime value)', (d, args) => (args[0] instanceof Date ? Math.sign(d.getTime() - args[0].getTime()) : 1))
  .method('Equals', 'bool Equals(System.Object value), bool Equals(datetime value)', (d, args) => args[0] instanceof Date && args[0].getTime() === d.getTime())
  .method('ToFileTime', 'long ToFileTime()', (d) => (d.getTime() + 11644473600000) * 10_000)
  .method('IsDaylightSavingTime', 'bool IsDaylightSavingTime()', () => false)
  .property('Date', 'datetime', midnight)
  .property('Day', 'int', (d) => d.getDate())
  .property('DayOfWeek', 'System.DayOfWeek', (d) => DAYS[d.getDay()])
  // Counted on UTC calendar days, so a daylight-saving change inside the year does not shift it.
  .property('DayOfYear', 'int', (d) => Math.floor((Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - Date.UTC(d.getFullYear(), 0, 1)) / MS_PER_DAY) + 1)
  .property('Hour', 'int', (d) => d.getHours())
  .property('Kind', 'System.DateTimeKind', () => 'Local')
  .property('Millisecond', 'int', (d) => d.getMilliseconds())
  .property('Minute', 'int', (d) => d.getMinutes())
  .property('Month', 'int', (d) => d.getMonth() + 1)
  .property('Second', 'int', (d) => d.getSeconds())
  .property('Ticks', 'long', (d) => (d.getTime() - d.getTimezoneOffset() * 60000) * 10_000 + 621355968000000000)
  .property('TimeOfDay', 'timespan', (d) => TimeSpan.fromMilliseconds(d.getTime() - midnight(d).getTime()))
  .property('Year', 'int', (d) => d.getFullYear());

/** The note property Get-Date adds (not part of the .NET type), or null when the date has none. */
export function dateDisplayHint(d: Date): unknown {
  return dateDisplayHints.get(d) ?? null;
}

function addMs(d: Date, ms: number): Date {
  return new Date(d.getTime() + Math.round(ms));
}

/** A whole-unit part of a TimeSpan (`Hours` of 1.02:03:04 is 2), signed as the span. */
function timeSpanPart(t: TimeSpan, ticksPerUnit: number, modulo: number): number {
  return Math.trunc(t.ticks / ticksPerUnit) % modulo || 0;
}

/** TimeSpan's members, properties in the order `Format-List *` shows them. */
export const TIMESPAN_MEMBERS = new MemberTable<TimeSpan>()
  .method('Add', 'timespan Add(timespan ts)', (t, args) => (args[0] instanceof TimeSpan ? new TimeSpan(t.ticks + args[0].ticks) : NO_METHOD))
  .method('CompareTo', 'int CompareTo(System.Object value), int CompareTo(timespan value)', (t, args) => (args[0] instanceof TimeSpan ? Math.sign(t.ticks - args[0].ticks) : 1))
  .method('Duration', 'timespan Duration()', (t) => new TimeSpan(Math.abs(t.ticks)))
  .method('Equals', 'bool Equals(System.Object value), bool Equals(timespan obj)', (t, args) => args[0] instanceof TimeSpan && args[0].ticks === t.ticks)
  .method('Negate', 'timespan Negate()', (t) => new TimeSpan(-t.ticks))
  .method('Subtract', 'timespan Subtract(timespan ts)', (t, args) => (args[0] instanceof TimeSpan ? new TimeSpan(t.ticks - args[0].ticks) : NO_METHOD))
  .method('ToString', 'string ToString(), string ToString(string format), string ToString(string format, System.IFormatProvider formatProvider)', (t, args) =>
    args.length && !isNull(args[0]) ? formatValue(t, toStr(args[0])) : t.toString(),
  )
  .property('Days', 'int', (t) => Math.trunc(t.ticks / 864e9) || 0)
  .property('Hours', 'int', (t) => timeSpanPart(t, 36e9, 24))
  .property('Minutes', 'int', (t) => timeSpanPart(t, 6e8, 60))
  .property('Seconds', 'int', (t) => timeSpanPart(t, 1e7, 60))
  .property('Milliseconds', 'int', (t) => timeSpanPart(t, 1e4, 1000))
  .property('Ticks', 'long', (t) => t.ticks)
  .property('TotalDays', 'double', (t) => t.ticks / 864e9)
  .property('TotalHours', 'double', (t) => t.ticks / 36e9)
  .property('TotalMinutes', 'double', (t) => t.ticks / 6e8)
  .property('TotalSeconds', 'double', (t) => t.ticks / 1e7)
  .property('TotalMilliseconds', 'double', (t) => t.ticks / 1e4);
