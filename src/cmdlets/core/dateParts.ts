// Get-Date's -Year … -Millisecond: each checked against its ValidateRange, then applied as 5.1 does,
// by adding the difference (AddYears/AddMonths keep the day inside the new month; -Day 30 in
// February moves on into March, as AddDays does).

import type { CmdletContext } from '../../engine/cmdlet.js';
import { checkParameterRange } from './validateRange.js';

const RANGES: [name: string, min: number, max: number][] = [
  ['Year', 1, 9999],
  ['Month', 1, 12],
  ['Day', 1, 31],
  ['Hour', 0, 23],
  ['Minute', 0, 59],
  ['Second', 0, 59],
  ['Millisecond', 0, 999],
];

/** DateTime.AddMonths: the day stays, capped at the last day of the target month. */
function addMonths(d: Date, months: number): Date {
  const total = d.getFullYear() * 12 + d.getMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(year, month + 1, 0).getDate();
  const out = new Date(d.getTime());
  out.setFullYear(year, month, Math.min(d.getDate(), lastDay));
  return out;
}

const MS: Record<string, number> = { Day: 86_400_000, Hour: 3_600_000, Minute: 60_000, Second: 1000, Millisecond: 1 };

const currentPart: Record<string, (d: Date) => number> = {
  Year: (d) => d.getFullYear(),
  Month: (d) => d.getMonth() + 1,
  Day: (d) => d.getDate(),
  Hour: (d) => d.getHours(),
  Minute: (d) => d.getMinutes(),
  Second: (d) => d.getSeconds(),
  Millisecond: (d) => d.getMilliseconds(),
};

export function setDateParts(ctx: CmdletContext, date: Date): Date {
  let d = date;
  for (const [name, min, max] of RANGES) {
    const raw = ctx.params[name];
    if (raw === undefined) continue;
    const value = Number(raw);
    checkParameterRange(ctx, name, value, min, max);
    const offset = value - currentPart[name]!(d);
    if (name === 'Year') d = addMonths(d, offset * 12);
    else if (name === 'Month') d = addMonths(d, offset);
    else d = new Date(d.getTime() + offset * MS[name]!);
  }
  return d;
}
