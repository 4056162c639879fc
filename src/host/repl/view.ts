// Builds the lines of the live (non-static) part of the screen: the prompt with the highlighted input
// and its cursor, continuation lines, the completion menu, the reverse-search line, progress bars.

import type { ProgressRecord } from '../../engine/host.js';
import type { CompletionCandidate } from '../../engine/completion/index.js';
import { splitLines } from './highlight.js';
import { INK_COLORS, type Segment } from './output.js';

export const CONTINUATION_PROMPT = '>> ';

/** The prompt and input as lines (for echoing a submitted command): the first after `prompt`, the others after `>> `. */
export function inputLines(prompt: Segment[], input: Segment[]): Segment[][] {
  return splitLines(input).map((line, i) => [...(i === 0 ? prompt : [{ text: CONTINUATION_PROMPT }]), ...line]);
}

export interface CursorPosition {
  x: number;
  y: number;
}

const textLength = (segments: Segment[]): number => segments.reduce((n, s) => n + s.text.length, 0);

/**
 * Hard-wraps a line at `width` columns (one column per character), so the screen rows are known
 * exactly and the terminal cursor can be placed on them. Always at least one row.
 */
export function wrapSegments(segments: Segment[], width: number): Segment[][] {
  const rows: Segment[][] = [[]];
  let used = 0;
  for (const seg of segments) {
    let rest = seg.text;
    while (rest.length) {
      if (used === width) {
        rows.push([]);
        used = 0;
      }
      const piece = rest.slice(0, width - used);
      rows[rows.length - 1]!.push({ ...seg, text: piece });
      used += piece.length;
      rest = rest.slice(piece.length);
    }
  }
  return rows;
}

export interface InputBlock {
  rows: Segment[][];
  /** Where the caret is, relative to the first row of the block. */
  cursor?: CursorPosition;
}

/**
 * The prompt and the input as screen rows: the first line after `prompt`, the others after `>> `,
 * each wrapped at `width`. `text` is what the segments show; `cursor` an offset into it (null: no caret).
 */
export function inputBlock(prompt: Segment[], input: Segment[], text: string, cursor: number | null, width: number): InputBlock {
  const lines = splitLines(input);
  const before = cursor === null ? '' : text.slice(0, cursor);
  const cursorLine = cursor === null ? -1 : before.split('\n').length - 1;
  const cursorColumn = cursor === null ? 0 : cursor - (before.lastIndexOf('\n') + 1);
  const rows: Segment[][] = [];
  let caret: CursorPosition | undefined;
  lines.forEach((line, i) => {
    const prefix = i === 0 ? prompt : [{ text: CONTINUATION_PROMPT }];
    const wrapped = wrapSegments([...prefix, ...line], width);
    if (i === cursorLine) {
      const column = textLength(prefix) + cursorColumn;
      const row = Math.floor(column / width);
      while (wrapped.length <= row) wrapped.push([]);
      caret = { x: column % width, y: rows.length + row };
    }
    rows.push(...wrapped);
  });
  return { rows, cursor: caret };
}

/** [I] Rows of the Ctrl+Space menu before it says how many more there are. */
const MENU_ROWS = 8;

export function menuLines(candidates: CompletionCandidate[], selected: number, width: number): Segment[][] {
  const colWidth = Math.min(width, Math.max(...candidates.map((c) => c.listText.length)) + 2);
  const columns = Math.max(1, Math.floor(width / colWidth));
  const rows = Math.ceil(candidates.length / columns);
  const firstRow = Math.max(0, Math.min(Math.floor(selected / columns) - MENU_ROWS + 1, rows - MENU_ROWS));
  const lines: Segment[][] = [];
  for (let r = firstRow; r < Math.min(rows, firstRow + MENU_ROWS); r++) {
    const line: Segment[] = [];
    for (let c = 0; c < columns; c++) {
      const i = r * columns + c;
      const cand = candidates[i];
      if (!cand) break;
      line.push({ text: cand.listText.padEnd(colWidth - 1).slice(0, colWidth - 1), inverse: i === selected });
      line.push({ text: ' ' });
    }
    lines.push(line);
  }
  const hidden = rows - Math.min(rows, MENU_ROWS);
  if (hidden > 0) lines.push([{ text: `(${candidates.length} candidates)`, color: INK_COLORS.DarkGray }]);
  return lines;
}

/** A Write-Progress block: activity, status, then a bar of `o` like the console host draws. */
export function progressLines(records: ProgressRecord[], width: number): Segment[][] {
  const lines: Segment[][] = [];
  for (const r of records) {
    lines.push([{ text: r.activity, color: INK_COLORS.Yellow, backgroundColor: INK_COLORS.DarkCyan }]);
    lines.push([{ text: `    ${r.status}` }]);
    if (r.percentComplete >= 0) {
      const inner = Math.max(10, Math.min(width, 120) - 14);
      const filled = Math.round((Math.min(100, r.percentComplete) / 100) * inner);
      lines.push([{ text: `    [${'o'.repeat(filled)}${' '.repeat(inner - filled)}] ${String(Math.round(r.percentComplete)).padStart(3)}%` }]);
    }
    if (r.currentOperation) lines.push([{ text: `    ${r.currentOperation}` }]);
  }
  return lines;
}
