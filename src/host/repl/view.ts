// Builds the lines of the live (non-static) part of the screen: the prompt with the highlighted input
// and its cursor, continuation lines, the completion menu, the reverse-search line, progress bars.

import type { ProgressRecord } from '../../engine/host.js';
import type { CompletionCandidate } from './completion.js';
import { splitLines } from './highlight.js';
import { INK_COLORS, type Segment } from './output.js';

export const CONTINUATION_PROMPT = '>> ';

/** Puts an inverse block at `cursor` (a space when the cursor is at the end of a line). */
export function withCursor(segments: Segment[], cursor: number): Segment[] {
  const out: Segment[] = [];
  let offset = 0;
  let placed = false;
  for (const seg of segments) {
    const end = offset + seg.text.length;
    if (!placed && cursor >= offset && cursor < end) {
      const at = cursor - offset;
      if (at > 0) out.push({ ...seg, text: seg.text.slice(0, at) });
      const ch = seg.text[at]!;
      out.push({ ...seg, text: ch === '\n' ? ' \n' : ch, inverse: true });
      if (at + 1 < seg.text.length) out.push({ ...seg, text: seg.text.slice(at + 1) });
      placed = true;
    } else out.push(seg);
    offset = end;
  }
  if (!placed) out.push({ text: ' ', inverse: true });
  return out;
}

/** The prompt and input as screen lines: the first after `prompt`, the others after `>> `. */
export function inputLines(prompt: Segment[], input: Segment[], cursor: number | null): Segment[][] {
  const body = cursor === null ? input : withCursor(input, cursor);
  const lines = splitLines(body);
  return lines.map((line, i) => [...(i === 0 ? prompt : [{ text: CONTINUATION_PROMPT }]), ...line]);
}

/** [I] Rows of the Ctrl+Space menu before it says how many more there are. */
const MENU_ROWS = 8;

export function menuLines(candidates: CompletionCandidate[], selected: number, width: number): Segment[][] {
  const colWidth = Math.min(width, Math.max(...candidates.map((c) => c.display.length)) + 2);
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
      line.push({ text: cand.display.padEnd(colWidth - 1).slice(0, colWidth - 1), inverse: i === selected });
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
