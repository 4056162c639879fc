// A source line shown with some spans masked (secrets in the error views), and where its columns
// moved: an underline computed on the raw line is drawn under the same text of the masked one.

import type { Source } from './ast.js';

export interface SourceSpan {
  /** 0-based offsets into the whole source text, end exclusive. */
  start: number;
  end: number;
}

/** Line `line` (1-based) of a parsed source as an error view shows it: its secrets masked, as one session judges them. */
export type SourceLineView = (source: Source, line: number) => MaskedLine;

export interface MaskedLine {
  text: string;
  /** The 0-based column in `text` of raw column `column`; a column inside a masked span moves to its end. */
  column(column: number): number;
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** Line `lineNumber` (1-based) of `source` with every span that falls on it replaced by `mask`. */
export function maskLine(source: string, lineNumber: number, spans: readonly SourceSpan[], mask: string): MaskedLine {
  let lineStart = 0;
  let lineEnd = source.length;
  let line = 1;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(source); m; m = LINE_BREAK.exec(source)) {
    if (line === lineNumber) {
      lineEnd = m.index;
      break;
    }
    line++;
    lineStart = m.index + m[0].length;
  }
  const raw = source.slice(lineStart, lineEnd);
  const local = disjoint(
    spans.filter((s) => s.start >= lineStart && s.end <= lineEnd && s.end > s.start).map((s) => ({ start: s.start - lineStart, end: s.end - lineStart })),
  );
  let text = '';
  let pos = 0;
  for (const s of local) {
    text += raw.slice(pos, s.start) + mask;
    pos = s.end;
  }
  text += raw.slice(pos);
  return {
    text,
    column(column: number): number {
      let shift = 0;
      for (const s of local) {
        if (column <= s.start) break;
        if (column < s.end) return s.start + shift + mask.length;
        shift += mask.length - (s.end - s.start);
      }
      return column + shift;
    },
  };
}

/** The spans in order, each one that overlaps an earlier kept span left out. */
export function disjoint(spans: readonly SourceSpan[]): SourceSpan[] {
  const kept: SourceSpan[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (kept.length === 0 || s.start >= kept[kept.length - 1]!.end) kept.push(s);
  }
  return kept;
}
