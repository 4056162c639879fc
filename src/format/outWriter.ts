// The console framing of Out-Default, written as objects arrive (Windows PowerShell 5.1): a list starts
// with one blank line and every object is followed by one; a table starts with one blank line; both end
// with two blank lines. Scalars print as they are, in place. Once a table is open, objects of another
// shape are shown as lists inside it, and later objects of the table's shape continue the table.
// Lines are released in order as soon as they are final: a table row waits only until its table has
// fixed its column widths (tableStream.ts).

import { type ListItem, renderListEntry } from './list.js';
import type { TableGroupHeader } from './formatData.js';
import { StreamingTable } from './tableStream.js';
import type { TableView } from './views.js';

/** Lines, or lines that become known later (undefined until then). */
type Part = string[] | (() => string[] | undefined);

type Open = { kind: 'none' } | { kind: 'list'; group?: string } | { kind: 'custom'; key: string } | { kind: 'table'; key: string; table: StreamingTable; group?: string };

/** The generated (no registered view) table that is open, if any: later view-less objects join it. */
export interface GeneratedTable {
  key: string;
  view: TableView;
}

export class OutWriter {
  private queue: Part[] = [];
  private head = 0;
  private open: Open = { kind: 'none' };
  /** Set while the open table comes from a generated view. */
  generatedTable: GeneratedTable | undefined;

  constructor(readonly width: number) {}

  private push(part: Part): void {
    this.queue.push(part);
  }

  /** The lines that are final now, in order; they are handed out once. */
  take(): string[] {
    const out: string[] = [];
    while (this.head < this.queue.length) {
      const part = this.queue[this.head]!;
      const lines = typeof part === 'function' ? part() : part;
      if (lines === undefined) break;
      for (const l of lines) out.push(l);
      this.head++;
    }
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    } else if (this.head > 1024) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    return out;
  }

  text(text: string): void {
    this.push(text.split(/\r?\n/));
  }

  close(): void {
    this.generatedTable = undefined;
    if (this.open.kind === 'table') this.open.table.settleAll();
    if (this.open.kind === 'list') this.push(['']);
    else if (this.open.kind !== 'none') this.push(['', '']);
    this.open = { kind: 'none' };
  }

  listEntry(items: ListItem[], header?: TableGroupHeader): void {
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
    const group = header ? `${header.label}\u0000${header.value}` : undefined;
    if (header && this.open.group !== group) {
      // Format-List -GroupBy: the same `   Name: value` header as a grouped table, at each change.
      this.open.group = group;
      this.push(['', `${' '.repeat(header.indent)}${header.label}: ${header.value}`, ...Array<string>(header.blankLinesAfter).fill('')]);
    }
    lines.push('');
    this.push(lines);
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

  tableRow(key: string, make: () => StreamingTable, cells: unknown[], header?: TableGroupHeader): void {
    const group = header ? `${header.label}\u0000${header.value}` : '';
    if (!(this.open.kind === 'table' && this.open.key === key)) {
      this.close();
      this.open = { kind: 'table', key, table: make() };
      if (!header) this.push(['']);
    }
    const open = this.open as Extract<Open, { kind: 'table' }>;
    const table = open.table;
    if (header && open.group !== group) {
      // A new group header: the group before it is complete, so its widths are fixed now.
      if (open.group !== undefined) table.settle(open.group);
      open.group = group;
      const blanks: string[] = Array(header.blankLinesAfter).fill('');
      this.push(['', '', `${' '.repeat(header.indent)}${header.label}: ${header.value}`, ...blanks]);
      this.push(() => table.header(group));
    } else if (!header && table.rows === 0) {
      this.push(() => table.header(group));
    }
    const added = table.addRow(cells, group);
    this.push(added.lines ?? (() => table.takeRow(group, added.row)));
  }

  /** Closes whatever is open and returns the remaining lines. */
  finish(): string[] {
    this.close();
    return this.take();
  }
}
