// Colours for the input line, from the language's highlight tokens (PSReadLine's default palette).
// Unknown command names and parse errors are shown in red.

import { INK_COLORS, type Segment } from './output.js';
import { highlightSpans, type HighlightKind } from './syntax.js';

const TOKEN_COLORS: Record<HighlightKind, string | undefined> = {
  command: INK_COLORS.Yellow,
  parameter: INK_COLORS.DarkGray,
  string: INK_COLORS.DarkCyan,
  variable: INK_COLORS.Green,
  number: INK_COLORS.White,
  operator: INK_COLORS.DarkGray,
  keyword: INK_COLORS.Green,
  comment: INK_COLORS.DarkGreen,
  type: INK_COLORS.Gray,
  member: INK_COLORS.White,
  argument: undefined,
  error: INK_COLORS.Red,
  unknownCommand: INK_COLORS.Red,
  text: undefined,
};

/** Colours `text`; `isCommand` tells whether a command name exists (unknown ones are marked). */
export function highlight(text: string, isCommand?: (name: string) => boolean): Segment[] {
  return highlightSpans(text).map((span) => {
    const piece = text.slice(span.start, span.end);
    let kind = span.kind;
    if (kind === 'command' && isCommand && !isCommand(piece) && !/[\\/.]/.test(piece)) kind = 'unknownCommand';
    const seg: Segment = { text: piece, color: TOKEN_COLORS[kind] };
    if (kind === 'unknownCommand' || kind === 'error') seg.underline = true;
    return seg;
  });
}

/** Splits segments at newlines into lines of segments. */
export function splitLines(segments: Segment[]): Segment[][] {
  const lines: Segment[][] = [[]];
  for (const seg of segments) {
    const parts = seg.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1]!.push({ ...seg, text: part });
    });
  }
  return lines;
}
