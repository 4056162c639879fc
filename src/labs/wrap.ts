// Lab text wrapped to a width: words are kept whole, and a wrapped line keeps the indentation of the
// line it continues (a task's hint under its `[ ]` mark stays under it).

import { COMMAND_INDENT } from './hints.js';

/**
 * Breaks `line` into lines at most `width` wide; a word longer than the width stands alone. A line
 * indented by COMMAND_INDENT is a command to copy and stays whole.
 */
export function wrapLine(line: string, width: number): string[] {
  if (line.length <= width || line.startsWith(COMMAND_INDENT)) return [line];
  const indent = /^\s*/.exec(line)![0];
  // A continuation lines up with the text after a list mark ("[ ] ", "1. ", "hint: ").
  const mark = /^\s*(\[[ x]\] |\d+\. )/.exec(line);
  const hang = ' '.repeat(mark ? mark[0].length : indent.length);
  const out: string[] = [];
  let current = indent;
  for (const word of line.slice(indent.length).split(/ +/)) {
    const atStart = current.trim() === '';
    if (!atStart && current.length + 1 + word.length > width) {
      out.push(current);
      current = hang + word;
    } else {
      current += (atStart ? '' : ' ') + word;
    }
  }
  out.push(current);
  return out;
}

export function wrapLines(lines: string[], width: number): string[] {
  return lines.flatMap((l) => wrapLine(l, width));
}

/** The width lab text is wrapped to: the terminal's, or 80 when output is not a terminal. */
export function outputWidth(stream: { isTTY?: boolean; columns?: number }): number {
  return stream.isTTY && stream.columns ? Math.max(20, stream.columns) : 80;
}
