// Import-Csv, Export-Csv, ConvertTo-Csv, ConvertFrom-Csv, through csv-parse / csv-stringify.

import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { CmdletContext } from '../../engine/cmdlet.js';
import { toStr } from '../../engine/runtime/convert.js';
import { PSArrayList, PSObject } from '../../engine/runtime/values.js';
import { formatDate } from '../../engine/runtime/displayText.js';
import { getPropertyValue, isScalar, propertyNames, typeNamesOf } from '../../engine/runtime/members.js';
import { decodeText, DEFAULT_ENCODING, ENCODING_NAMES, NEWLINE } from './encoding.js';
import { filesOf, resolveFile } from './location.js';
import { define, UTILITY } from './meta.js';
import { writeTextFile } from './out.js';
import { listOf } from './util.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

const CUSTOM = 'System.Management.Automation.PSCustomObject';

/** How one property value reads in a CSV cell (collections show their type name, as in 5.1). */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return formatDate(v);
  if (Array.isArray(v)) return 'System.Object[]';
  if (v instanceof PSArrayList) return v.typeName;
  return toStr(v);
}

/** Turns objects into CSV lines: optional `#TYPE`, a header from the first object, one line per object. */
export function toCsvLines(objects: unknown[], delimiter: string, typeInformation: boolean, header = true): string[] {
  if (objects.length === 0) return [];
  const first = objects[0];
  const names = isScalar(first) && typeof first === 'string' ? ['Length'] : propertyNames(first);
  const lines: string[] = [];
  if (typeInformation) lines.push(`#TYPE ${typeNamesOf(first)[0] ?? 'System.Object'}`);
  const records: string[][] = [];
  if (header) records.push(names);
  for (const o of objects) records.push(names.map((n) => cellText(getPropertyValue(o, n))));
  const text = stringify(records, { delimiter, quoted: true, quoted_empty: true, record_delimiter: '\n' });
  lines.push(...text.split('\n').filter((l, i, all) => i < all.length - 1 || l !== ''));
  return lines;
}

/** Parses CSV text into custom objects (header row unless -Header is given; `#TYPE` line honoured). */
export function fromCsvText(ctx: CmdletContext, text: string, delimiter: string, header: string[] | undefined): PSObject[] {
  let body = text.replace(/^\ufeff/, '');
  let typeName: string | undefined;
  const typeLine = /^#TYPE ([^\r\n]*)\r?\n?/.exec(body);
  if (typeLine) {
    typeName = typeLine[1]!.trim();
    body = body.slice(typeLine[0].length);
  }
  const rows = parse(body, { delimiter, relax_quotes: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  const names = header ?? rows.shift() ?? [];
  const seen = new Set<string>();
  const columns = names.map((n, i) => (n === '' ? `H${i + 1}` : n));
  for (const c of columns) {
    if (seen.has(c.toLowerCase())) {
      ctx.throwTerminatingError({
        message: `The member "${c}" is already present.`,
        errorId: 'AlreadyPresentPSMemberInfoInternalCollectionAdd',
        category: 'NotSpecified',
        exceptionType: 'System.Management.Automation.ExtendedTypeSystemException',
      });
    }
    seen.add(c.toLowerCase());
  }
  const typeNames = typeName ? [`CSV:${typeName}`, CUSTOM] : [CUSTOM];
  return rows.map((r) => new PSObject(typeNames, columns.map((c, i) => [c, r[i] ?? null] as [string, unknown])));
}

function delimiterOf(ctx: CmdletContext): string {
  if (ctx.params.UseCulture) return ',';
  const d = ctx.params.Delimiter;
  return d === undefined || d === null || toStr(d) === '' ? ',' : toStr(d)[0]!;
}

function collect(ctx: CmdletContext, into: unknown[]): void {
  if (ctx.expectingInput) into.push(ctx.inputObject);
  else if (ctx.bound.has('InputObject')) into.push(...listOf(ctx.params.InputObject));
}

const delimiterSets = (position: number | null): Record<string, [boolean, number | null]> => ({ Delimiter: [false, position] });

cmdlets.push(define(
  'Export-Csv',
  {
    module: UTILITY,
    defaultSet: 'Delimiter',
    shouldProcess: true,
    params: {
      InputObject: { type: 'PSObject', mandatory: true, pipeline: 'True (ByValue)', sets: { Delimiter: [true, null], UseCulture: [true, null] } },
      Path: { type: 'String', sets: { Delimiter: [false, 0], UseCulture: [false, 0] } },
      LiteralPath: { type: 'String', aliases: ['PSPath'] },
      Force: { type: 'SwitchParameter' },
      NoClobber: { type: 'SwitchParameter', aliases: ['NoOverwrite'] },
      Encoding: { type: 'String', validateSet: ENCODING_NAMES },
      Append: { type: 'SwitchParameter' },
      Delimiter: { type: 'Char', sets: delimiterSets(1) },
      UseCulture: { type: 'SwitchParameter', sets: { UseCulture: [true, null] } },
      NoTypeInformation: { type: 'SwitchParameter', aliases: ['NTI'] },
    },
  },
  () => {
    const objects: unknown[] = [];
    return {
      process: (ctx) => collect(ctx, objects),
      async end(ctx) {
        const path = toStr(ctx.params.Path ?? ctx.params.LiteralPath ?? '');
        if (!path) ctx.throwTerminatingError({ message: 'Cannot perform operation because the path resolved to more than one file. This command cannot operate on multiple files.', errorId: 'CannotSpecifyPathAndLiteralPath', category: 'InvalidData' });
        if (!(await ctx.shouldProcess(path, 'Export-Csv'))) return;
        const file = resolveFile(ctx, path);
        const appending = !!ctx.params.Append && filesOf(ctx).size(file) > 0;
        const lines = toCsvLines(objects, delimiterOf(ctx), !ctx.params.NoTypeInformation && !appending, !appending);
        const text = lines.map((l) => l + NEWLINE).join('');
        writeTextFile(ctx, path, text, toStr(ctx.params.Encoding ?? DEFAULT_ENCODING.exportCsv), appending);
      },
    };
  },
));

cmdlets.push(define(
  'ConvertTo-Csv',
  {
    module: UTILITY,
    defaultSet: 'Delimiter',
    params: {
      InputObject: { type: 'PSObject', mandatory: true, pipeline: 'True (ByValue)', sets: { Delimiter: [true, 0], UseCulture: [true, 0] } },
      Delimiter: { type: 'Char', sets: delimiterSets(1) },
      UseCulture: { type: 'SwitchParameter', sets: { UseCulture: [true, null] } },
      NoTypeInformation: { type: 'SwitchParameter', aliases: ['NTI'] },
    },
  },
  () => {
    const objects: unknown[] = [];
    return {
      process: (ctx) => collect(ctx, objects),
      end(ctx) {
        for (const l of toCsvLines(objects, delimiterOf(ctx), !ctx.params.NoTypeInformation)) ctx.writeObject(l);
      },
    };
  },
));

cmdlets.push(define(
  'Import-Csv',
  {
    module: UTILITY,
    defaultSet: 'Delimiter',
    params: {
      Delimiter: { type: 'Char', sets: delimiterSets(1) },
      Path: { type: 'String', array: true, pipeline: 'True (ByValue)', sets: { Delimiter: [false, 0], UseCulture: [false, 0] } },
      LiteralPath: { type: 'String', array: true, aliases: ['PSPath'] },
      UseCulture: { type: 'SwitchParameter', sets: { UseCulture: [true, null] } },
      Header: { type: 'String', array: true },
      Encoding: { type: 'String', validateSet: ENCODING_NAMES },
    },
  },
  () => ({
    process(ctx) {
      const paths = listOf(ctx.params.Path ?? ctx.params.LiteralPath).map(toStr);
      for (const path of paths) {
        const file = resolveFile(ctx, path);
        if (!filesOf(ctx).exists(file)) {
          ctx.writeError({
            message: `Could not find file '${path}'.`,
            errorId: 'FileOpenFailure',
            category: 'OpenError',
            targetObject: path,
            exceptionType: 'System.IO.FileNotFoundException',
          });
          continue;
        }
        const text = decodeText(filesOf(ctx).readFile(file), ctx.params.Encoding as string | undefined);
        const header = ctx.params.Header ? listOf(ctx.params.Header).map(toStr) : undefined;
        for (const o of fromCsvText(ctx, text, delimiterOf(ctx), header)) ctx.writeObject(o, false);
      }
    },
  }),
));

cmdlets.push(define(
  'ConvertFrom-Csv',
  {
    module: UTILITY,
    defaultSet: 'Delimiter',
    params: {
      Delimiter: { type: 'Char', sets: delimiterSets(1) },
      UseCulture: { type: 'SwitchParameter', sets: { UseCulture: [true, null] } },
      InputObject: { type: 'PSObject', array: true, mandatory: true, pipeline: 'True (ByValue)', sets: { Delimiter: [true, 0], UseCulture: [true, 0] } },
      Header: { type: 'String', array: true },
    },
  },
  () => {
    const lines: string[] = [];
    return {
      process(ctx) {
        for (const v of ctx.expectingInput ? [ctx.inputObject] : listOf(ctx.params.InputObject)) lines.push(toStr(v));
      },
      end(ctx) {
        const header = ctx.params.Header ? listOf(ctx.params.Header).map(toStr) : undefined;
        for (const o of fromCsvText(ctx, lines.join('\n'), delimiterOf(ctx), header)) ctx.writeObject(o, false);
      },
    };
  },
));
