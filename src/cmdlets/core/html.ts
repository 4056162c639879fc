// ConvertTo-Html: objects as an HTML table (or list), one line of HTML per output string, in the
// Windows PowerShell 5.1 layout; -Fragment leaves out the page around the table.

import type { CmdletContext } from '../../engine/cmdlet.js';
import { toStr } from '../../engine/runtime/convert.js';
import { PSArrayList } from '../../engine/runtime/values.js';
import { formatDate } from '../../engine/runtime/displayText.js';
import { getPropertyValue, isScalar, propertyNames } from '../../engine/runtime/members.js';
import { define, UTILITY } from './meta.js';
import { listOf, selectorsFor } from './util.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

const DOCTYPE = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return escapeHtml(formatDate(v));
  if (Array.isArray(v)) return 'System.Object[]';
  if (v instanceof PSArrayList) return escapeHtml(v.typeName);
  return escapeHtml(toStr(v));
}

async function rowsOf(ctx: CmdletContext, inputs: unknown[]): Promise<{ names: string[]; rows: unknown[][] }> {
  if (inputs.length === 0) return { names: [], rows: [] };
  const first = inputs[0];
  if (!ctx.params.Property && isScalar(first)) return { names: ['*'], rows: inputs.map((o) => [o]) };
  const selectors = selectorsFor(ctx, ctx.params.Property ? listOf(ctx.params.Property) : propertyNames(first), first);
  const rows: unknown[][] = [];
  for (const o of inputs) {
    const r: unknown[] = [];
    for (const s of selectors) r.push(s.plain ? getPropertyValue(o, s.name) : await s.value(ctx, o));
    rows.push(r);
  }
  return { names: selectors.map((s) => s.name), rows };
}

function tableLines(names: string[], rows: unknown[][]): string[] {
  return [
    '<table>',
    `<colgroup>${names.map(() => '<col/>').join('')}</colgroup>`,
    `<tr>${names.map((n) => `<th>${escapeHtml(n)}</th>`).join('')}</tr>`,
    ...rows.map((r) => `<tr>${r.map((v) => `<td>${cell(v)}</td>`).join('')}</tr>`),
    '</table>',
  ];
}

function listLines(names: string[], rows: unknown[][]): string[] {
  return rows.flatMap((r) => ['<table>', ...names.map((n, i) => `<tr><td>${escapeHtml(n)}:</td><td>${cell(r[i])}</td></tr>`), '</table>']);
}

cmdlets.push(define(
  'ConvertTo-Html',
  {
    module: UTILITY,
    defaultSet: 'Page',
    params: {
      InputObject: { type: 'PSObject', pipeline: 'True (ByValue)' },
      Property: { type: 'Object', array: true, position: 0 },
      Body: { type: 'String', array: true, sets: { Page: [false, 3] } },
      Head: { type: 'String', array: true, sets: { Page: [false, 1] } },
      Title: { type: 'String', sets: { Page: [false, 2] } },
      As: { type: 'String', validateSet: ['Table', 'List'] },
      CssUri: { type: 'Uri', aliases: ['cu', 'uri'], sets: { Page: [false, null] } },
      Fragment: { type: 'SwitchParameter', sets: { Fragment: [true, null] } },
      PostContent: { type: 'String', array: true },
      PreContent: { type: 'String', array: true },
    },
  },
  () => {
    const inputs: unknown[] = [];
    return {
      process(ctx) {
        if (ctx.expectingInput) inputs.push(ctx.inputObject);
        else if (ctx.bound.has('InputObject')) inputs.push(ctx.params.InputObject);
      },
      async end(ctx) {
        const { names, rows } = await rowsOf(ctx, inputs.filter((o) => o !== null && o !== undefined));
        const asList = toStr(ctx.params.As ?? 'Table').toLowerCase() === 'list';
        const body = rows.length ? (asList ? listLines(names, rows) : tableLines(names, rows)) : [];
        const pre = listOf(ctx.params.PreContent).map(toStr);
        const post = listOf(ctx.params.PostContent).map(toStr);
        let lines: string[];
        if (ctx.params.Fragment) lines = [...pre, ...body, ...post];
        else {
          const head = ctx.params.Head ? listOf(ctx.params.Head).map(toStr) : [`<title>${escapeHtml(toStr(ctx.params.Title ?? 'HTML TABLE'))}</title>`];
          const css = ctx.params.CssUri !== undefined ? [`<link rel="stylesheet" type="text/css" href="${escapeHtml(toStr(ctx.params.CssUri))}" />`] : [];
          lines = [
            DOCTYPE,
            '<html xmlns="http://www.w3.org/1999/xhtml">',
            '<head>',
            ...head,
            ...css,
            '</head><body>',
            ...listOf(ctx.params.Body).map(toStr),
            ...pre,
            ...body,
            ...post,
            '</body></html>',
          ];
        }
        for (const l of lines) ctx.writeObject(l);
      },
    };
  },
));
