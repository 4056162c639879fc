// Out-Default: turns output objects into the lines the Windows PowerShell 5.1 console prints, one object
// at a time (OutDefaultStream), with the view each object's type chose; the framing is outWriter.ts's.

import { ErrorRecord } from '../engine/errors.js';
import { PSArrayList, PSHashtable, PSObject } from '../engine/runtime/values.js';
import { renderErrorRecord } from './errorView.js';
import { formatPropertyValue, isCollection, toDisplayString, withEnumerationLimit } from '../engine/runtime/displayText.js';
import { FormatEndData, FormatEntryData, FormatRecord, FormatStartData, type TableGroupHeader } from './formatData.js';
import type { ListItem } from './list.js';
import type { TableColumn } from './table.js';
import { isScalar, propertyNames } from '../engine/runtime/members.js';
import { OutWriter } from './outWriter.js';
import { StreamingTable } from './tableStream.js';
import { defaultView, defaultViews, fieldLabel, fieldValue, type GroupBy, shapeKey, type TableView, type ViewTable } from './views.js';
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

function groupHeader(groupBy: GroupBy | undefined, o: unknown): TableGroupHeader | undefined {
  if (!groupBy) return undefined;
  return { label: groupBy.label, value: toDisplayString(groupBy.value(o)), indent: groupBy.indent ?? 3, blankLinesAfter: groupBy.blankLinesAfter ?? 1 };
}

/** Columns of a view; registered views align left unless they say otherwise (generated ones follow the data). */
function tableColumns(view: TableView, registered: boolean): TableColumn[] {
  return view.columns.map((c) => ({ label: fieldLabel(c), width: c.width, alignment: c.alignment ?? (registered ? 'Left' : undefined) }));
}

type ChosenViews = Map<string, ReturnType<typeof defaultView>>;

/** The first object of a type decides its view for the rest of the output (as PowerShell's Out-Default does). */
function writeObject(w: OutWriter, o: unknown, chosen: ChosenViews, views: ViewTable): void {
  const registered = views.find(o) !== undefined;
  // PowerShell applies an open generated table view to every later object that has no view of its
  // own, whatever its type (Select-Object over several Cs types prints one table).
  const generated = w.generatedTable;
  if (generated && !registered && !(o instanceof PSObject && propertyNames(o).length === 0) && w.acceptsTable(generated.key)) {
    w.tableRow(generated.key, () => new StreamingTable(tableColumns(generated.view, false), {}, w.width), generated.view.columns.map((c) => fieldValue(c, o)));
    return;
  }
  const shape = shapeKey(o, views);
  let view = chosen.get(shape);
  if (!view) chosen.set(shape, (view = defaultView(o, views)));
  if (view.kind === 'custom') {
    if (view.inline) w.text(view.render(o).join('\n'));
    else w.custom(shape, view.render(o));
    return;
  }
  // An object with nothing to show (New-Object PSObject) prints nothing.
  if ((view.kind === 'table' && view.columns.length === 0) || (view.kind === 'list' && !registered && propertyNames(o).length === 0)) return;
  if (view.kind === 'table') {
    const key = shape;
    if (w.acceptsTable(key)) {
      const cells = view.columns.map((c) => fieldValue(c, o));
      const tableView = view;
      w.tableRow(key, () => new StreamingTable(tableColumns(tableView, registered), {}, w.width), cells, groupHeader(view.groupBy, o));
      if (!registered) w.generatedTable = { key, view: tableView };
      return;
    }
    w.listEntry(view.columns.map((c) => ({ label: fieldLabel(c), value: fieldValue(c, o) })));
    return;
  }
  // A generated list shows each object's own properties.
  const items = registered ? view.items : propertyNames(o).map((property) => ({ property }));
  w.listEntry(items.map((f) => ({ label: fieldLabel(f), value: fieldValue(f, o) })));
}

let formattedCount = 0;

/** The Format-* block being written: its records arrive one by one between FormatStartData and FormatEndData. */
interface FormattedBlock {
  start: FormatStartData;
  key: string;
  /** Format-Wide lays its values out once it has them all. */
  wideItems: unknown[];
}

/**
 * Out-Default as a stream: objects in, console lines out as soon as they are final. State spans the
 * objects written (the open table or list, the view each type chose), as one Out-Default does.
 */
export class OutDefaultStream {
  private readonly w: OutWriter;
  private readonly chosen: ChosenViews = new Map();
  private block: FormattedBlock | undefined;

  constructor(
    width: number,
    private readonly views: ViewTable = defaultViews,
  ) {
    this.w = new OutWriter(Math.max(10, width - CONSOLE_MARGIN));
  }

  /** Writes one output object (collections are enumerated); returns the lines that are final now. */
  write(value: unknown): string[] {
    this.add(value);
    return this.w.take();
  }

  /** Ends the output (closing an open table or list); returns the remaining lines. */
  finish(): string[] {
    this.endBlock();
    return this.w.finish();
  }

  private add(v: unknown): void {
    if (Array.isArray(v) || v instanceof PSArrayList || v instanceof PSHashtable) {
      for (const item of expandForOutput([v])) this.add(item);
      return;
    }
    if (v === null || v === undefined || typeof v === 'symbol') return;
    if (v instanceof FormatRecord) return this.formatted(v);
    if (v instanceof ErrorRecord) this.w.text(renderErrorRecord(v));
    else if (isScalar(v)) this.w.text(toDisplayString(v));
    else writeObject(this.w, v, this.chosen, this.views);
  }

  private formatted(r: FormatRecord): void {
    if (r instanceof FormatStartData) return this.startBlock(r);
    if (r instanceof FormatEndData) {
      if (this.block?.start === r.start) this.endBlock();
      return;
    }
    if (!(r instanceof FormatEntryData)) return;
    // An entry on its own (`$t = ... | Format-Table; $t[3]`) opens its block again.
    if (this.block?.start !== r.start) this.startBlock(r.start);
    const block = this.block!;
    withEnumerationLimit(block.start.enumerationLimit, () => this.entry(block, r));
  }

  private startBlock(start: FormatStartData): void {
    this.endBlock();
    this.w.close();
    this.block = { start, key: `\u0001formatted${++formattedCount}`, wideItems: [] };
  }

  private endBlock(): void {
    const block = this.block;
    if (!block) return;
    this.block = undefined;
    if (block.start.kind === 'wide') {
      const wide = { kind: 'wide' as const, items: block.wideItems, columns: block.start.wideColumns, autoSize: block.start.options.autoSize };
      const lines = withEnumerationLimit(block.start.enumerationLimit, () => renderWide(wide, this.w.width));
      if (lines.length) this.w.custom(block.key, lines);
    }
    this.w.close();
  }

  private entry(block: FormattedBlock, r: FormatEntryData): void {
    const e = r.entry;
    if (!Array.isArray(e) && 'text' in e) return this.w.text(e.text);
    if (!Array.isArray(e)) {
      block.wideItems.push(e.wide);
      return;
    }
    if (block.start.kind === 'list') return this.w.listEntry(e as ListItem[], r.group);
    const start = block.start;
    const make = () => new StreamingTable(start.columns, start.options, this.w.width);
    // Collections are written out now, under the limit in force when Format-Table ran.
    this.w.tableRow(block.key, make, e.map((c) => (isCollection(c) ? formatPropertyValue(c) : c)), r.group);
  }
}

/** The lines the console prints for some output objects (framing included). */
export function formatDefault(values: unknown[], width: number, views: ViewTable = defaultViews): string[] {
  const out = new OutDefaultStream(width, views);
  const lines: string[] = [];
  for (const v of values) for (const l of out.write(v)) lines.push(l);
  for (const l of out.finish()) lines.push(l);
  return lines;
}
