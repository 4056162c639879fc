// DateTime and TimeSpan members and methods.

import { toNumber, toStr, isNull } from './convert.js';
import { DateFormatError, DAYS, dateDisplayHints, formatDate } from './convertDate.js';
import { arity, methodException, NO_METHOD } from './methodsSupport.js';
import { formatValue } from './operatorsFormat.js';
import { TimeSpan } from './values.js';

const MS_PER_DAY = 86_400_000;

export function dateMember(d: Date, lower: string): unknown {
  switch (lower) {
    case 'year':
      return d.getFullYear();
    case 'month':
      return d.getMonth() + 1;
    case 'day':
      return d.getDate();
    case 'hour':
      return d.getHours();
    case 'minute':
      return d.getMinutes();
    case 'second':
      return d.getSeconds();
    case 'millisecond':
      return d.getMilliseconds();
    case 'dayofweek':
      return DAYS[d.getDay()];
    case 'displayhint':
      return dateDisplayHints.get(d) ?? null;
    case 'dayofyear':
      return Math.round((new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime() - new Date(d.getFullYear(), 0, 1).getTime()) / MS_PER_DAY) + 1;
    case 'date':
      return new Date(d.getFullYear(), d.getMonth(), d.getDate());
    case 'timeofday':
      return TimeSpan.fromMilliseconds(d.getTime() - new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime());
    case 'ticks':
      return (d.getTime() - d.getTimezoneOffset() * 60000) * 10_000 + 621355968000000000;
    case 'kind':
      return 'Local';
    default:
      return undefined;
  }
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

export function dateMethod(d: Date, lower: string, args: unknown[]): unknown {
  const n = () => toNumber(args[0], 'System.Double');
  switch (lower) {
    case 'adddays':
      arity('AddDays', args, 1);
      return addMs(d, n() * MS_PER_DAY);
    case 'addhours':
      arity('AddHours', args, 1);
      return addMs(d, n() * 3_600_000);
    case 'addminutes':
      arity('AddMinutes', args, 1);
      return addMs(d, n() * 60_000);
    case 'addseconds':
      arity('AddSeconds', args, 1);
      return addMs(d, n() * 1000);
    case 'addmilliseconds':
      arity('AddMilliseconds', args, 1);
      return addMs(d, n());
    case 'addticks':
      return addMs(d, n() / 10_000);
    case 'addmonths':
      arity('AddMonths', args, 1);
      return addMonths(d, Math.trunc(n()));
    case 'addyears':
      arity('AddYears', args, 1);
      return addMonths(d, Math.trunc(n()) * 12);
    case 'add':
      return args[0] instanceof TimeSpan ? addMs(d, args[0].totalMilliseconds) : NO_METHOD;
    case 'subtract':
      if (args[0] instanceof Date) return TimeSpan.fromMilliseconds(d.getTime() - args[0].getTime());
      if (args[0] instanceof TimeSpan) return addMs(d, -args[0].totalMilliseconds);
      return NO_METHOD;
    case 'tostring':
      try {
        return formatDate(d, args.length && !isNull(args[0]) ? toStr(args[0]) : undefined);
      } catch (err) {
        if (err instanceof DateFormatError) throw methodException('ToString', args, err.message, 'System.FormatException');
        throw err;
      }
    case 'toshortdatestring':
      return formatDate(d, 'd');
    case 'tolongdatestring':
      return formatDate(d, 'D');
    case 'toshorttimestring':
      return formatDate(d, 't');
    case 'tolongtimestring':
      return formatDate(d, 'T');
    case 'touniversaltime':
      return new Date(d.getTime() + d.getTimezoneOffset() * 60000);
    case 'tolocaltime':
      return new Date(d.getTime());
    case 'compareto':
      return args[0] instanceof Date ? Math.sign(d.getTime() - args[0].getTime()) : 1;
    case 'equals':
      return args[0] instanceof Date && args[0].getTime() === d.getTime();
    case 'tofiletime':
      return (d.getTime() + 11644473600000) * 10_000;
    case 'isdaylightsavingtime':
      return false;
    default:
      return NO_METHOD;
  }
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
