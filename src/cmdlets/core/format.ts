// Format-List, Format-Table, Format-Wide: shape objects into a FormattedOutput for the Out-* cmdlets.

import type { CmdletContext } from '../../engine/cmdlet.js';
import { FormattedOutput, type TableGroupHeader } from '../../format/formatData.js';
import type { ListItem } from '../../format/list.js';
import { getPropertyValue, isScalar, propertyNames } from '../../format/members.js';
import { toDisplayString } from '../../format/display.js';
import type { TableColumn } from '../../format/table.js';
import { fieldLabel, fieldValue, findView, type TableView } from '../../format/views.js';
import { define, UTILITY } from './meta.js';
import { listOf, type PropertySelector, selectorsFor } from './util.js';

const common = {
  GroupBy: { type: 'Object' },
  View: { type: 'String' },
  ShowError: { type: 'SwitchParameter' },
  DisplayError: { type: 'SwitchParameter' },
  Force: { type: 'SwitchParameter' },
  Expand: { type: 'String', validateSet: ['CoreOnly', 'EnumOnly', 'Both'] },
  InputObject: { type: 'PSObject', pipeline: 'True (ByValue)' as const },
};

/** Input objects, one per pipeline record or each element of a directly given -InputObject. */
function inputsOf(ctx: CmdletContext): unknown[] {
  if (ctx.expectingInput) return [ctx.inputObject];
  return ctx.bound.has('InputObject') ? listOf(ctx.params.InputObject) : [];
}

async function valuesOf(ctx: CmdletContext, selectors: PropertySelector[], o: unknown): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const s of selectors) out.push(await s.value(ctx, o));
  return out;
}

async function listEntry(ctx: CmdletContext, o: unknown): Promise<ListItem[] | { text: string }> {
  const props = ctx.params.Property as unknown[] | undefined;
  if (props) {
    const selectors = selectorsFor(ctx, listOf(props), o);
    if (isScalar(o) && selectors.every((s) => s.plain && getPropertyValue(o, s.name) === undefined)) return { text: toDisplayString(o) };
    const values = await valuesOf(ctx, selectors, o);
    return selectors.map((s, i) => ({ label: s.name, value: values[i] }));
  }
  if (isScalar(o)) return { text: toDisplayString(o) };
  const view = findView(o);
  if (view?.kind === 'list') return view.items.map((f) => ({ label: fieldLabel(f), value: fieldValue(f, o) }));
  return propertyNames(o).map((n) => ({ label: n, value: getPropertyValue(o, n) }));
}

define(
  'Format-List',
  { module: UTILITY, params: { Property: { type: 'Object', array: true, position: 0 }, ...common } },
  () => {
    const entries: (ListItem[] | { text: string })[] = [];
    return {
      async process(ctx) {
        for (const o of inputsOf(ctx)) if (o !== null && o !== undefined) entries.push(await listEntry(ctx, o));
      },
      end(ctx) {
        ctx.writeObject(new FormattedOutput({ kind: 'list', entries }, enumerationLimitOf(ctx)));
      },
    };
  },
);

interface TableShape {
  columns: TableColumn[];
  cells(ctx: CmdletContext, o: unknown): Promise<unknown[]>;
  group?(o: unknown): TableGroupHeader | undefined;
}

/** Columns come from the first object: -Property, else its table view, else its properties. */
function tableShape(ctx: CmdletContext, first: unknown): TableShape {
  const props = ctx.params.Property as unknown[] | undefined;
  if (props) {
    const selectors = selectorsFor(ctx, listOf(props), first);
    return {
      columns: selectors.map((s) => ({ label: s.name, width: s.width, alignment: s.alignment })),
      cells: (c, o) => valuesOf(c, selectors, o),
    };
  }
  const view = findView(first);
  if (view?.kind === 'table') {
    const t = view as TableView;
    return {
      columns: t.columns.map((c) => ({ label: fieldLabel(c), width: c.width, alignment: c.alignment ?? 'Left' })),
      cells: async (_c, o) => t.columns.map((c) => fieldValue(c, o)),
      group: t.groupBy
        ? (o) => ({ label: t.groupBy!.label, value: toDisplayString(t.groupBy!.value(o)), indent: t.groupBy!.indent ?? 3, blankLinesAfter: t.groupBy!.blankLinesAfter ?? 1 })
        : undefined,
    };
  }
  if (view?.kind === 'list') {
    const items = view.items;
    return { columns: items.map((f) => ({ label: fieldLabel(f) })), cells: async (_c, o) => items.map((f) => fieldValue(f, o)) };
  }
  const names = propertyNames(first);
  return { columns: names.map((n) => ({ label: n })), cells: async (_c, o) => names.map((n) => getPropertyValue(o, n)) };
}

/** `-GroupBy Prop` (or a script block / calculated hashtable): a `   Prop: value` header per group. */
async function groupByHeader(ctx: CmdletContext, o: unknown): Promise<TableGroupHeader> {
  const [selector] = selectorsFor(ctx, [ctx.params.GroupBy], o);
  const value = selector ? await selector.value(ctx, o) : null;
  return { label: selector?.name ?? '', value: toDisplayString(value), indent: 3, blankLinesAfter: 1 };
}

define(
  'Format-Table',
  {
    module: UTILITY,
    params: {
      Property: { type: 'Object', array: true, position: 0 },
      AutoSize: { type: 'SwitchParameter' },
      HideTableHeaders: { type: 'SwitchParameter' },
      Wrap: { type: 'SwitchParameter' },
      ...common,
    },
  },
  () => {
    let shape: TableShape | undefined;
    const rows: (unknown[] | { text: string })[] = [];
    const groups: (TableGroupHeader | undefined)[] = [];
    return {
      async process(ctx) {
        for (const o of inputsOf(ctx)) {
          if (o === null || o === undefined) continue;
          if (isScalar(o) && !ctx.params.Property) {
            rows.push({ text: toDisplayString(o) });
            groups.push(undefined);
            continue;
          }
          shape ??= tableShape(ctx, o);
          rows.push(await shape.cells(ctx, o));
          groups.push(ctx.params.GroupBy !== undefined ? await groupByHeader(ctx, o) : shape.group?.(o));
        }
      },
      end(ctx) {
        const options = { autoSize: !!ctx.params.AutoSize, wrap: !!ctx.params.Wrap, hideHeaders: !!ctx.params.HideTableHeaders };
        const grouped = groups.some((g) => g !== undefined);
        ctx.writeObject(new FormattedOutput({ kind: 'table', columns: shape?.columns ?? [], rows, options, groups: grouped ? groups : undefined }, enumerationLimitOf(ctx)));
      },
    };
  },
);

/** The one value Format-Wide shows for an object. */
function wideValue(property: unknown, o: unknown): unknown {
  if (property !== undefined && property !== null) return getPropertyValue(o, String(property));
  if (isScalar(o)) return o;
  const view = findView(o);
  if (view?.kind === 'wide') return fieldValue(view.field, o);
  for (const n of ['Name', 'Identity', 'Id']) {
    const v = getPropertyValue(o, n);
    if (v !== undefined) return v;
  }
  const names = propertyNames(o);
  return names.length ? getPropertyValue(o, names[0]!) : toDisplayString(o);
}

define(
  'Format-Wide',
  {
    module: UTILITY,
    params: {
      Property: { type: 'Object', position: 0 },
      AutoSize: { type: 'SwitchParameter' },
      Column: { type: 'Int32' },
      ...common,
    },
  },
  () => {
    const items: unknown[] = [];
    return {
      process(ctx) {
        for (const o of inputsOf(ctx)) if (o !== null && o !== undefined) items.push(wideValue(ctx.params.Property, o));
      },
      end(ctx) {
        const column = ctx.params.Column as number | undefined;
        ctx.writeObject(new FormattedOutput({ kind: 'wide', items, columns: column, autoSize: !!ctx.params.AutoSize }, enumerationLimitOf(ctx)));
      },
    };
  },
);

/** $FormatEnumerationLimit as the command sees it (PowerShell reads it when formatting). */
export function enumerationLimitOf(ctx: CmdletContext): number | undefined {
  const v = ctx.engine.getVariable('FormatEnumerationLimit');
  const n = typeof v === 'number' ? v : Number(v);
  return v === undefined || v === null || Number.isNaN(n) ? undefined : n;
}
