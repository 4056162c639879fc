// Format-List, Format-Table, Format-Wide: shape each object into a format entry for the Out-* cmdlets, as it
// arrives (FormatStartData on the first object, then one FormatEntryData per object, FormatEndData last).

import { isNumeric, toDoubleValue } from '../../engine/runtime/numbers.js';
import type { CmdletContext } from '../../engine/cmdlet.js';
import { FormatEndData, FormatEntryData, FormatStartData, GroupEndData, GroupStartData, type FormatEntry, type TableGroupHeader } from '../../format/formatData.js';
import type { TableOptions } from '../../format/table.js';
import type { ListItem } from '../../format/list.js';
import { getPropertyValue, isScalar, propertyNames } from '../../engine/runtime/members.js';
import { toDisplayString } from '../../engine/runtime/displayText.js';
import type { TableColumn } from '../../format/table.js';
import { fieldLabel, fieldValue, findView, type TableView } from '../../format/views.js';
import { define, UTILITY } from './meta.js';
import { checkViewAndProperty, selectView } from './formatView.js';
import { checkFormatProperties, type FormatKeySet, formatSelectors, quietSelectors, withFormatString } from './formatProperties.js';
import { listOf, type PropertySelector } from './util.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

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
    const selectors = formatSelectors(ctx, listOf(props), o);
    if (isScalar(o) && selectors.every((s) => s.plain && getPropertyValue(o, s.name) === undefined)) return { text: toDisplayString(o) };
    const values = await valuesOf(ctx, selectors, o);
    return selectors.map((s, i) => ({ label: s.name, value: values[i] }));
  }
  const view = selectView(ctx, o, 'list');
  if (isScalar(o)) return { text: toDisplayString(o) };
  if (view?.kind === 'list') return view.items.map((f) => ({ label: fieldLabel(f), value: fieldValue(f, o) }));
  return propertyNames(o).map((n) => ({ label: n, value: getPropertyValue(o, n) }));
}

/** The records of one Format-* block: opened by the first object, closed at the end when it was opened. */
class FormatBlock {
  private start: FormatStartData | undefined;
  private written = false;

  constructor(private readonly open: () => FormatStartData) {}

  get data(): FormatStartData {
    return (this.start ??= this.open());
  }

  write(ctx: CmdletContext, entry: FormatEntry, group?: TableGroupHeader): void {
    if (!this.written) {
      this.written = true;
      ctx.writeObject(this.data);
      ctx.writeObject(new GroupStartData(this.data));
    }
    ctx.writeObject(new FormatEntryData(this.data, entry, group));
  }

  end(ctx: CmdletContext): void {
    if (!this.written) return;
    ctx.writeObject(new GroupEndData(this.data));
    ctx.writeObject(new FormatEndData(this.data));
  }
}

cmdlets.push(define(
  'Format-List',
  { module: UTILITY, params: { Property: { type: 'Object', array: true, position: 0 }, ...common } },
  () => {
    let block: FormatBlock;
    return {
      begin(ctx) {
        checkHashtables(ctx, 'list');
        block = new FormatBlock(() => new FormatStartData('list', {}, enumerationLimitOf(ctx)));
      },
      async process(ctx) {
        for (const o of inputsOf(ctx)) {
          if (o === null || o === undefined) continue;
          const entry = await listEntry(ctx, o);
          block.write(ctx, entry, ctx.params.GroupBy !== undefined && Array.isArray(entry) ? await groupByHeader(ctx, o) : undefined);
        }
      },
      end: (ctx) => block.end(ctx),
    };
  },
));

interface TableShape {
  columns: TableColumn[];
  cells(ctx: CmdletContext, o: unknown): Promise<unknown[]>;
  group?(o: unknown): TableGroupHeader | undefined;
}

/** -Property and -GroupBy hashtables, checked before any object is formatted. */
function checkHashtables(ctx: CmdletContext, set: FormatKeySet): void {
  checkViewAndProperty(ctx);
  checkFormatProperties(ctx, ctx.params.Property, set);
  if (ctx.params.GroupBy !== undefined) checkFormatProperties(ctx, ctx.params.GroupBy, 'groupBy');
}

/** A column shown through a FormatString keeps the alignment of its value: numbers stay on the right. */
async function formattedAlignment(ctx: CmdletContext, s: PropertySelector, first: unknown): Promise<PropertySelector['alignment']> {
  if (s.alignment || s.formatString === undefined) return s.alignment;
  return typeof (await s.value(ctx, first)) === 'number' ? 'Right' : undefined;
}

/** Columns come from the first object: -Property, else its table view, else its properties. */
async function tableShape(ctx: CmdletContext, first: unknown): Promise<TableShape> {
  const props = ctx.params.Property as unknown[] | undefined;
  if (props) {
    const raw = quietSelectors(ctx, listOf(props), first);
    const alignments: PropertySelector['alignment'][] = [];
    for (const s of raw) alignments.push(await formattedAlignment(ctx, s, first));
    const selectors = raw.map(withFormatString);
    return {
      columns: selectors.map((s, i) => ({ label: s.name, width: s.width, alignment: alignments[i] })),
      cells: (c, o) => valuesOf(c, selectors, o),
    };
  }
  const view = selectView(ctx, first, 'table');
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
  const [selector] = formatSelectors(ctx, [ctx.params.GroupBy], o);
  const value = selector ? await selector.value(ctx, o) : null;
  return { label: selector?.name ?? '', value: toDisplayString(value), indent: 3, blankLinesAfter: 1 };
}

cmdlets.push(define(
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
    let block: FormatBlock;
    return {
      begin(ctx) {
        checkHashtables(ctx, 'table');
        const options: TableOptions = { autoSize: !!ctx.params.AutoSize, wrap: !!ctx.params.Wrap, hideHeaders: !!ctx.params.HideTableHeaders };
        block = new FormatBlock(() => new FormatStartData('table', options, enumerationLimitOf(ctx)));
      },
      async process(ctx) {
        for (const o of inputsOf(ctx)) {
          if (o === null || o === undefined) continue;
          if (isScalar(o) && !ctx.params.Property) {
            selectView(ctx, o, 'table');
            block.write(ctx, { text: toDisplayString(o) });
            continue;
          }
          if (!shape) block.data.columns = (shape = await tableShape(ctx, o)).columns;
          const cells = await shape.cells(ctx, o);
          block.write(ctx, cells, ctx.params.GroupBy !== undefined ? await groupByHeader(ctx, o) : shape.group?.(o));
        }
      },
      end: (ctx) => block.end(ctx),
    };
  },
));

/** The one value Format-Wide shows for an object. */
function wideValue(ctx: CmdletContext, property: unknown, o: unknown): unknown {
  if (property !== undefined && property !== null) return getPropertyValue(o, String(property));
  if (isScalar(o)) return o;
  const view = findView(o, ctx.engine.state.views);
  if (view?.kind === 'wide') return fieldValue(view.field, o);
  for (const n of ['Name', 'Identity', 'Id']) {
    const v = getPropertyValue(o, n);
    if (v !== undefined) return v;
  }
  const names = propertyNames(o);
  return names.length ? getPropertyValue(o, names[0]!) : toDisplayString(o);
}

cmdlets.push(define(
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
    let block: FormatBlock;
    return {
      begin(ctx) {
        checkFormatProperties(ctx, ctx.params.Property, 'wide');
        const column = ctx.params.Column as number | undefined;
        block = new FormatBlock(() => new FormatStartData('wide', { autoSize: !!ctx.params.AutoSize }, enumerationLimitOf(ctx), column));
      },
      process(ctx) {
        for (const o of inputsOf(ctx)) if (o !== null && o !== undefined) block.write(ctx, { wide: wideValue(ctx, ctx.params.Property, o) });
      },
      end: (ctx) => block.end(ctx),
    };
  },
));

/** $FormatEnumerationLimit as the command sees it (PowerShell reads it when formatting). */
export function enumerationLimitOf(ctx: CmdletContext): number | undefined {
  const v = ctx.engine.getVariable('FormatEnumerationLimit');
  const n = isNumeric(v) ? toDoubleValue(v) : Number(v);
  return v === undefined || v === null || Number.isNaN(n) ? undefined : n;
}
