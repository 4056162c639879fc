// Out-Default: turns a statement's output objects into the lines the Windows PowerShell 5.1 console prints.
// Framing (5.1 console): a list starts with one blank line and every object is followed by one; a table
// starts with one blank line; both end with two blank lines. Scalars print as they are, in place.
// Once a table is open, objects of another shape are shown as lists inside it (PowerShell's behaviour
// for mixed output), and later objects of the table's shape continue the table.

import { ErrorRecord } from '../engine/errors.js';
import { PSArrayList, PSHashtable, PSObject } from '../engine/values.js';
import { renderErrorRecord } from './errorView.js';
import { formatPropertyValue, isCollection, toDisplayString, withEnumerationLimit } from './display.js';
import { FormattedOutput, type FormatShape, type TableGroupHeader } from './formatData.js';
import { type ListItem, renderListEntry } from './list.js';
import { type RenderedTable, renderTableParts, type TableColumn, type TableOptions } from './table.js';
import { isScalar, propertyNames } from './members.js';
import { defaultView, fieldLabel, fieldValue, findView, type GroupBy, shapeKey, type TableView } from './views.js';
import { renderWide } from './wide.js';

/** [I] Lines are kept one column short of the console width so the terminal never wraps them itself. */
export const CONSOLE_MARGIN = 1;

const DICTIONARY_ENTRY = 'System.Collections.DictionaryEntry';

/** Arrays and lists are enumerated; a hashtable shows as its Name/Value entries. */
export function expandForOutput(values: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const v of values) {
    if (Array.isArray(v)) out.push(...expandForOutput(v));
    else if (v instanceof PSArrayList) out.push(...expandForOutput(v.items));
    else if (v instanceof PSHashtable) for (const [k, val] of v.entries()) out.push(new PSObject(DICTIONARY_ENTRY, { Name: k, Key: k, Value: val }));
    else out.push(v);
  }
  return out;
}

class TableInstance {
  readonly rows: unknown[][] = [];
  readonly groups: string[] = [];
  private rendered?: Map<string, RenderedTable>;
  constructor(
    readonly columns: TableColumn[],
    readonly options: TableOptions,
    private readonly width: number,
  ) {}

  addRow(cells: unknown[], group: string): number {
    this.rows.push(cells);
    this.groups.push(group);
    return this.rows.length - 1;
  }

  /** Widths are computed per group once every row is known. */
  private part(group: string): RenderedTable {
    if (!this.rendered) {
      this.rendered = new Map();
      for (const g of new Set(this.groups)) {
        const idx = this.groups.map((x, i) => (x === g ? i : -1)).filter((i) => i >= 0);
        const t = renderTableParts(this.columns, idx.map((i) => this.rows[i]!), this.width, this.options);
        const byRow: string[][] = [];
        idx.forEach((i, k) => (byRow[i] = t.rows[k]!));
        this.rendered.set(g, { header: t.header, rows: byRow });
      }
    }
    return this.rendered.get(group)!;
  }

  header(group: string): string[] {
    return this.part(group).header;
  }

  row(index: number): string[] {
    return this.part(this.groups[index]!).rows[index] ?? [];
  }
}

type Open = { kind: 'none' } | { kind: 'list' } | { kind: 'custom'; key: string } | { kind: 'table'; key: string; table: TableInstance; group?: string };

/** Collects output in order; table rows are rendered at the end, once their column widths are known. */
class OutWriter {
  private readonly parts: (() => string[])[] = [];
  private open: Open = { kind: 'none' };
  /** Set while the open table comes from a generated view. */
  generatedTable: GeneratedTable | undefined;
  constructor(readonly width: number) {}

  private push(lines: string[] | (() => string[])): void {
    this.parts.push(typeof lines === 'function' ? lines : () => lines);
  }

  text(text: string): void {
    this.push(text.split(/\r?\n/));
  }

  close(): void {
    this.generatedTable = undefined;
    if (this.open.kind === 'list') this.push(['']);
    else if (this.open.kind !== 'none') this.push(['', '']);
    this.open = { kind: 'none' };
  }

  listEntry(items: ListItem[]): void {
    const lines = renderListEntry(items, this.width);
    if (this.open.kind === 'table') {
      this.push(['', ...lines, '']);
      return;
    }
    if (this.open.kind !== 'list') {
      this.close();
      this.push(['']);
      this.open = { kind: 'list' };
    }
    this.push([...lines, '']);
  }

  custom(key: string, lines: string[]): void {
    if (!(this.open.kind === 'custom' && this.open.key === key)) {
      this.close();
      this.push(['']);
      this.open = { kind: 'custom', key };
    }
    this.push(lines);
  }

  /** True when an object of shape `key` would start or continue a table (false: shown as a list instead). */
  acceptsTable(key: string): boolean {
    return this.open.kind !== 'table' || this.open.key === key;
  }

  tableRow(key: string, make: () => TableInstance, cells: unknown[], header?: TableGroupHeader): void {
    const group = header ? `${header.label}\u0000${header.value}` : '';
    if (!(this.open.kind === 'table' && this.open.key === key)) {
      this.close();
      this.open = { kind: 'table', key, table: make() };
      if (!header) this.push(['']);
    }
    const open = this.open as Extract<Open, { kind: 'table' }>;
    const table = open.table;
    const index = table.addRow(cells, group);
    if (header && open.group !== group) {
      open.group = group;
      const blanks: string[] = Array(header.blankLinesAfter).fill('');
      this.push(['', '', `${' '.repeat(header.indent)}${header.label}: ${header.value}`, ...blanks]);
      this.push(() => table.header(group));
    } else if (!header && table.rows.length === 1) {
      this.push(() => table.header(group));
    }
    this.push(() => table.row(index));
  }

  lines(): string[] {
    this.close();
    return this.parts.flatMap((p) => p());
  }
}

function groupHeader(groupBy: GroupBy | undefined, o: unknown): TableGroupHeader | undefined {
  if (!groupBy) return undefined;
  return { label: groupBy.label, value: toDisplayString(groupBy.value(o)), indent: groupBy.indent ?? 3, blankLinesAfter: groupBy.blankLinesAfter ?? 1 };
}

/** Columns of a view; registered views align left unless they say otherwise (generated ones follow the data). */
function tableColumns(view: TableView, registered: boolean): TableColumn[] {
  return view.columns.map((c) => ({ label: fieldLabel(c), width: c.width, alignment: c.alignment ?? (registered ? 'Left' : undefined) }));
}

/** The first object of a type decides its view for the rest of the output (as PowerShell's Out-Default does). */
/** The generated (no registered view) table that is open, if any: later view-less objects join it. */
interface GeneratedTable {
  key: string;
  view: TableView;
}

function writeObject(w: OutWriter, o: unknown, chosen: Map<string, ReturnType<typeof defaultView>>): void {
  const registered = findView(o) !== undefined;
  // PowerShell applies an open generated table view to every later object that has no view of its
  // own, whatever its type (Select-Object over several Cs types prints one table).
  const generated = w.generatedTable;
  if (generated && !registered && !(o instanceof PSObject && propertyNames(o).length === 0) && w.acceptsTable(generated.key)) {
    w.tableRow(generated.key, () => new TableInstance(tableColumns(generated.view, false), {}, w.width), generated.view.columns.map((c) => fieldValue(c, o)));
    return;
  }
  const shape = shapeKey(o);
  let view = chosen.get(shape);
  if (!view) chosen.set(shape, (view = defaultView(o)));
  if (view.kind === 'custom') {
    w.custom(shape, view.render(o));
    return;
  }
  // An object with nothing to show (New-Object PSObject) prints nothing.
  if ((view.kind === 'table' && view.columns.length === 0) || (view.kind === 'list' && !findView(o) && propertyNames(o).length === 0)) return;
  if (view.kind === 'table') {
    const key = shape;
    if (w.acceptsTable(key)) {
      const cells = view.columns.map((c) => fieldValue(c, o));
      const tableView = view;
      w.tableRow(key, () => new TableInstance(tableColumns(tableView, registered), {}, w.width), cells, groupHeader(view.groupBy, o));
      if (!registered) w.generatedTable = { key, view: tableView };
      return;
    }
    w.listEntry(view.columns.map((c) => ({ label: fieldLabel(c), value: fieldValue(c, o) })));
    return;
  }
  // A generated list shows each object's own properties.
  const items = findView(o) ? view.items : propertyNames(o).map((property) => ({ property }));
  w.listEntry(items.map((f) => ({ label: fieldLabel(f), value: fieldValue(f, o) })));
}

let formattedCount = 0;

function writeFormatted(w: OutWriter, shape: FormatShape): void {
  w.close();
  if (shape.kind === 'list') {
    for (const e of shape.entries) {
      if ('text' in e) w.text(e.text);
      else w.listEntry(e);
    }
  } else if (shape.kind === 'table') {
    const key = `\u0001formatted${++formattedCount}`;
    const make = () => new TableInstance(shape.columns, shape.options, w.width);
    shape.rows.forEach((r, i) => {
      // Table rows are laid out at the end: collections are written out now, under the limit in force.
      if (Array.isArray(r)) w.tableRow(key, make, r.map((c) => (isCollection(c) ? formatPropertyValue(c) : c)), shape.groups?.[i]);
      else w.text(r.text);
    });
  } else {
    const lines = renderWide(shape, w.width);
    if (lines.length) w.custom(`\u0001wide${++formattedCount}`, lines);
  }
  w.close();
}

/** The lines the console prints for a statement's output (framing included). */
export function formatDefault(values: unknown[], width: number): string[] {
  const w = new OutWriter(Math.max(10, width - CONSOLE_MARGIN));
  const chosen = new Map<string, ReturnType<typeof defaultView>>();
  for (const v of expandForOutput(values)) {
    if (v === null || v === undefined || typeof v === 'symbol') continue;
    if (v instanceof FormattedOutput) withEnumerationLimit(v.enumerationLimit, () => writeFormatted(w, v.shape));
    else if (v instanceof ErrorRecord) w.text(renderErrorRecord(v));
    else if (isScalar(v)) w.text(toDisplayString(v));
    else writeObject(w, v, chosen);
  }
  return w.lines();
}
