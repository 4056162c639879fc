// A table being written while its objects still arrive. As in Windows PowerShell 5.1, the column widths
// are decided from the first objects and kept for the rest of the table (later, wider values are cut
// with `...`): rows wait until their group has enough of them to lay it out, or until the table ends.
// -AutoSize waits for every row, as it must.

import { layoutTable, type TableColumn, type TableLayout, type TableOptions } from './table.js';

/**
 * [I] Rows a table waits for before fixing its column widths. PowerShell's console waits a short moment
 * for the first objects; a count keeps the output the same on every machine and every run.
 */
export const TABLE_LAYOUT_ROWS = 100;

interface GroupState {
  /** Cells of the rows that arrived before the layout was fixed, by row number. */
  waiting: Map<number, unknown[]>;
  layout?: TableLayout;
}

export class StreamingTable {
  private readonly groups = new Map<string, GroupState>();
  private rowCount = 0;

  constructor(
    readonly columns: TableColumn[],
    readonly options: TableOptions,
    private readonly width: number,
    private readonly layoutRows = options.autoSize ? Infinity : TABLE_LAYOUT_ROWS,
  ) {}

  get rows(): number {
    return this.rowCount;
  }

  /** Adds a row; returns its number (to render it once its group is laid out). */
  addRow(cells: unknown[], group: string): { row: number; lines?: string[] } {
    const state = this.state(group);
    const row = this.rowCount++;
    if (state.layout) return { row, lines: state.layout.row(cells) };
    state.waiting.set(row, cells);
    if (state.waiting.size >= this.layoutRows) this.settle(group);
    return { row };
  }

  private state(group: string): GroupState {
    let s = this.groups.get(group);
    if (!s) this.groups.set(group, (s = { waiting: new Map() }));
    return s;
  }

  /** Fixes the group's widths from the rows it has now. */
  settle(group: string): void {
    const state = this.state(group);
    state.layout ??= layoutTable(this.columns, [...state.waiting.values()], this.width, this.options);
  }

  settleAll(): void {
    for (const g of this.groups.keys()) this.settle(g);
  }

  /** The header of a group, once its layout is fixed. */
  header(group: string): string[] | undefined {
    return this.groups.get(group)?.layout?.header;
  }

  /** The lines of a waiting row once its group is laid out (its cells are let go then). */
  takeRow(group: string, row: number): string[] | undefined {
    const state = this.groups.get(group);
    if (!state?.layout) return undefined;
    const cells = state.waiting.get(row);
    state.waiting.delete(row);
    return cells ? state.layout.row(cells) : [];
  }
}
