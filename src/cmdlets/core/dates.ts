// Get-Date (-Format, -UFormat, -Date and the component parameters) and New-TimeSpan.

import type { CmdletContext } from '../../engine/cmdlet.js';
import { toDateOrUndefined, toStr } from '../../engine/runtime/convert.js';
import { dateDisplayHints, DateFormatError, type DisplayHint, formatDate as formatDotNet } from '../../engine/runtime/dateText.js';
import { TimeSpan } from '../../engine/runtime/values.js';
import { setDateParts } from './dateParts.js';
import { uformat } from './uformat.js';
import { define, UTILITY } from './meta.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

/** `-Format` names Get-Date knows besides .NET format strings: file-name-safe stamps (universal ones end in Z). */
const FILE_DATE_FORMATS: Record<string, [format: string, universal: boolean]> = {
  filedate: ['yyyyMMdd', false],
  filedatetime: ['yyyyMMddTHHmmssffff', false],
  filedateuniversal: ['yyyyMMdd', true],
  filedatetimeuniversal: ['yyyyMMddTHHmmssffff', true],
};

function formatWithFileNames(d: Date, format: string): string {
  const named = FILE_DATE_FORMATS[format.toLowerCase()];
  if (!named) return formatDotNet(d, format);
  const [pattern, universal] = named;
  if (!universal) return formatDotNet(d, pattern);
  return formatDotNet(new Date(d.getTime() + d.getTimezoneOffset() * 60000), pattern) + 'Z';
}

function formatOrFail(ctx: CmdletContext, d: Date, format: string): string {
  try {
    return formatWithFileNames(d, format);
  } catch (err) {
    if (!(err instanceof DateFormatError)) throw err;
    ctx.throwTerminatingError({ message: err.message, errorId: 'System.FormatException', category: 'NotSpecified', exceptionType: 'System.FormatException' });
  }
}

function baseDate(ctx: CmdletContext): Date {
  if (ctx.params.Date === undefined || ctx.params.Date === null) return new Date();
  const d = ctx.params.Date instanceof Date ? ctx.params.Date : toDateOrUndefined(ctx.params.Date);
  if (!d) {
    ctx.throwTerminatingError({
      message: `Cannot bind parameter 'Date'. Cannot convert value "${toStr(ctx.params.Date)}" to type "System.DateTime". Error: "String was not recognized as a valid DateTime."`,
      errorId: 'CannotConvertArgumentNoMessage',
      category: 'InvalidArgument',
      exceptionType: 'System.Management.Automation.ParameterBindingException',
    });
  }
  return new Date(d.getTime());
}

cmdlets.push(define(
  'Get-Date',
  {
    module: UTILITY,
    defaultSet: 'net',
    params: {
      Date: { type: 'DateTime', position: 0, pipeline: 'True (ByPropertyName, ByValue)', aliases: ['LastWriteTime'] },
      Year: { type: 'Int32' },
      Month: { type: 'Int32' },
      Day: { type: 'Int32' },
      Hour: { type: 'Int32' },
      Minute: { type: 'Int32' },
      Second: { type: 'Int32' },
      Millisecond: { type: 'Int32' },
      DisplayHint: { type: 'DisplayHintType', validateSet: ['Date', 'Time', 'DateTime'] },
      Format: { type: 'String', sets: { net: [false, null] } },
      UFormat: { type: 'String', sets: { UFormat: [false, null] } },
    },
  },
  () => ({
    process(ctx) {
      const p = ctx.params;
      const d = setDateParts(ctx, baseDate(ctx));
      if (p.UFormat !== undefined) ctx.writeObject(uformat(d, toStr(p.UFormat)));
      else if (p.Format !== undefined) ctx.writeObject(formatOrFail(ctx, d, toStr(p.Format)));
      else {
        dateDisplayHints.set(d, (p.DisplayHint === undefined ? 'DateTime' : toStr(p.DisplayHint)) as DisplayHint);
        ctx.writeObject(d);
      }
    },
  }),
));

cmdlets.push(define(
  'New-TimeSpan',
  {
    module: UTILITY,
    defaultSet: 'Date',
    params: {
      Start: { type: 'DateTime', aliases: ['LastWriteTime'], pipeline: 'True (ByPropertyName)', sets: { Date: [false, 0] } },
      End: { type: 'DateTime', sets: { Date: [false, 1] } },
      Days: { type: 'Int32', sets: { Time: [false, null] } },
      Hours: { type: 'Int32', sets: { Time: [false, null] } },
      Minutes: { type: 'Int32', sets: { Time: [false, null] } },
      Seconds: { type: 'Int32', sets: { Time: [false, null] } },
    },
  },
  () => ({
    process(ctx) {
      const p = ctx.params;
      if (ctx.parameterSetName === 'Time') {
        const seconds = ((Number(p.Days ?? 0) * 24 + Number(p.Hours ?? 0)) * 60 + Number(p.Minutes ?? 0)) * 60 + Number(p.Seconds ?? 0);
        ctx.writeObject(new TimeSpan(seconds * 10_000_000));
        return;
      }
      const toDate = (v: unknown) => (v instanceof Date ? v : v === undefined || v === null ? new Date() : (toDateOrUndefined(v) ?? new Date()));
      const start = toDate(p.Start);
      const end = toDate(p.End);
      ctx.writeObject(TimeSpan.fromMilliseconds(end.getTime() - start.getTime()));
    },
  }),
));
