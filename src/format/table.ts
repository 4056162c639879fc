// Format-Table rendering: header, `----` underline the width of each header, one line per row.
// Column widths: fixed by the view, or sized from the data (PowerShell 5 sizes default tables from the
// first objects it receives, and so does csshell when a table streams). The table is fitted into the console width; values
// that do not fit are cut with `...` (Windows PowerShell 5.1 uses three ASCII dots).

import { isNumeric } from '../engine/runtime/numbers.js';
import { formatPropertyValue } from '../engine/runtime/displayText.js';
import { wrapText } from '../engine/runtime/textWrap.js';
import type { Alignment } from './views.js';

export interface TableColumn {
  label: string;
  width?: number;
  alignment?: Alignment;
}

export interface TableOptions {
  autoSize?: boolean;
  wrap?: boolean;
  hideHeaders?: boolean;
}

/** `abcdef` in 5 columns → `ab...`. */
export const TRUNCATION = '...';

interface Layout {
  widths: number[];
  alignments: Alignment[];
  count: number;
}

function alignmentsOf(columns: TableColumn[], rows: unknown[][]): Alignment[] {
  return columns.map((c, i) => {
    if (c.alignment) return c.alignment;
    const first = rows.map((r) => r[i]).find((v) => v !== null && v !== undefined);
    return isNumeric(first) ? 'Right' : 'Left';
  });
}

/** A cell without -Wrap: the text up to its first line break, followed by `...` when there was one (as 5.1's table writer shows it). */
export function firstLineOf(text: string): string {
  const lineBreak = text.search(/[\r\n]/);
  return lineBreak < 0 ? text : text.slice(0, lineBreak) + TRUNCATION;
}

/** [I] A multi-line cell is as wide as what it shows: its longest line with -Wrap, its cut first line without. */
function naturalWidth(label: string, texts: string[], wrap: boolean): number {
  const shown = (t: string) => (wrap ? Math.max(0, ...t.split(/\r?\n/).map((l) => l.length)) : firstLineOf(t).length);
  return Math.max(label.length, ...texts.map(shown), 1);
}

/** Widths per column, fitted into `total` characters (one space between columns). */
function layout(columns: TableColumn[], texts: string[][], total: number, options: TableOptions): Layout {
  const natural = columns.map((c, i) => naturalWidth(c.label, texts.map((r) => r[i] ?? ''), !!options.wrap));
  const fixed = columns.map((c) => (!options.autoSize && c.width ? c.width : 0));
  const anyFixed = fixed.some((w) => w > 0);
  const widths = columns.map((_, i) => fixed[i] || natural[i]!);
  const last = columns.length - 1;
  if (anyFixed && !fixed[last] && !columns[last]!.alignment) {
    // A view with set widths: an unsized last column takes what is left (left-aligned text, like the Value of a hashtable).
    const used = widths.slice(0, last).reduce((a, b) => a + b, 0) + last;
    widths[last] = Math.max(Math.min(natural[last]!, total - used), Math.min(columns[last]!.label.length, 10), 1);
  }
  // -AutoSize keeps the widths it measured and drops the columns that do not fit instead.
  const fitted = options.autoSize ? [...widths] : shrinkToFit(widths, columns, total, fixed);
  let count = columns.length;
  while (count > 1 && fitted.slice(0, count).reduce((a, b) => a + b, 0) + count - 1 > total) count--;
  if (count === 1) fitted[0] = Math.min(fitted[0]!, Math.max(total, 1));
  return { widths: fitted, alignments: [], count };
}

/** Narrows the widest columns until the table fits (columns sized from the data first, then set widths). */
function shrinkToFit(widths: number[], columns: TableColumn[], total: number, fixed: number[]): number[] {
  const w = [...widths];
  const min = columns.map((c, i) => Math.min(w[i]!, Math.max(3, Math.min(c.label.length, 10))));
  let excess = w.reduce((a, b) => a + b, 0) + w.length - 1 - total;
  for (const allowFixed of [false, true]) {
    while (excess > 0) {
      let widest = -1;
      for (let i = 0; i < w.length; i++) {
        if ((allowFixed || !fixed[i]) && w[i]! > min[i]! && (widest < 0 || w[i]! >= w[widest]!)) widest = i;
      }
      if (widest < 0) break;
      const others = w.filter((_, i) => i !== widest && w[i]! > min[widest]!);
      const target = Math.max(min[widest]!, w[widest]! - excess, others.length ? Math.min(...others, w[widest]! - 1) : 0);
      const cut = Math.max(1, w[widest]! - target);
      w[widest] = w[widest]! - cut;
      excess -= cut;
    }
  }
  return w;
}

function align(text: string, width: number, alignment: Alignment): string {
  if (alignment === 'Right') return text.padStart(width);
  if (alignment === 'Center') {
    const left = Math.floor((width - text.length) / 2);
    return (' '.repeat(Math.max(0, left)) + text).padEnd(width);
  }
  return text.padEnd(width);
}

export function truncate(text: string, width: number): string {
  if (text.length <= width) return text;
  return width > TRUNCATION.length ? text.slice(0, width - TRUNCATION.length) + TRUNCATION : text.slice(0, width);
}

function hardWrap(text: string, width: number): string[] {
  return wrapText(text, width).flatMap((l) => {
    const parts: string[] = [];
    for (let i = 0; i < l.length; i += width) parts.push(l.slice(i, i + width));
    return parts.length ? parts : [''];
  });
}

function renderRow(cells: string[], lay: Layout, wrap: boolean): string[] {
  const cellLines = cells.slice(0, lay.count).map((t, i) => {
    const width = lay.widths[i]!;
    if (wrap) return hardWrap(t, width);
    return [truncate(firstLineOf(t), width)];
  });
  const height = Math.max(1, ...cellLines.map((c) => c.length));
  const lines: string[] = [];
  for (let k = 0; k < height; k++) {
    lines.push(cellLines.map((c, i) => align(c[k] ?? '', lay.widths[i]!, lay.alignments[i]!)).join(' ').trimEnd());
  }
  return lines;
}

/**
 * A table's column layout, fixed once from the rows known at that time (all of them, or the first ones
 * of a streamed table); every row is then rendered with it, one at a time.
 */
export interface TableLayout {
  /** Header and underline (empty with -HideTableHeaders), after the -AutoSize warning if any. */
  header: string[];
  /** The lines of one row (several with -Wrap). */
  row(cells: unknown[]): string[];
}

/** Lays a table out from `rows` (raw values). */
export function layoutTable(columns: TableColumn[], rows: unknown[][], width: number, options: TableOptions = {}): TableLayout {
  if (columns.length === 0) return { header: [], row: () => [] };
  const texts = rows.map((r) => cellTexts(columns, r));
  const lay = layout(columns, texts, width, options);
  lay.alignments = alignmentsOf(columns, rows);
  const header: string[] = [];
  const dropped = columns.length - lay.count;
  if (options.autoSize && dropped > 0) header.push(`WARNING: ${dropped} columns do not fit into the display and were removed.`, '');
  if (!options.hideHeaders) {
    const labels = columns.slice(0, lay.count).map((c, i) => align(truncate(c.label, lay.widths[i]!), lay.widths[i]!, lay.alignments[i]!));
    const rules = columns
      .slice(0, lay.count)
      .map((c, i) => align('-'.repeat(Math.min(c.label.length, lay.widths[i]!)), lay.widths[i]!, lay.alignments[i]!));
    header.push(labels.join(' ').trimEnd(), rules.join(' ').trimEnd());
  }
  return { header, row: (cells) => renderRow(cellTexts(columns, cells), lay, !!options.wrap) };
}

function cellTexts(columns: TableColumn[], cells: unknown[]): string[] {
  return columns.map((_, i) => formatPropertyValue(cells[i]));
}

/** Header, underline and rows (no surrounding blank lines). */
export function renderTable(columns: TableColumn[], rows: unknown[][], width: number, options: TableOptions = {}): string[] {
  const t = layoutTable(columns, rows, width, options);
  return [...t.header, ...rows.flatMap((r) => t.row(r))];
}
