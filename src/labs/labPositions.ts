// Where a character of a YAML scalar's value sits in the file: a PowerShell parse error is found at
// an offset of the value, and the trainer wants the file's line and column. Plain, quoted and
// literal (`|`) scalars are mapped exactly; folded and multi-line plain scalars, whose line breaks
// YAML rewrites, point at the start of the value.

import type { Scalar } from 'yaml';

/** The offset in `source` (a quoted scalar with its quotes) of character `within` of its value. */
function quotedOffset(source: string, within: number): number {
  const quote = source[0];
  let i = 1;
  for (let v = 0; v < within && i < source.length - 1; v++) {
    if (quote === "'" && source[i] === "'" && source[i + 1] === "'") i += 2;
    else if (quote === '"' && source[i] === '\\') i += 2;
    else i += 1;
  }
  return i;
}

/** The offset in the file of character `within` of a literal block scalar's value. */
function literalOffset(text: string, headerOffset: number, value: string, within: number): number {
  const before = value.slice(0, within);
  const lineIndex = before.split('\n').length - 1;
  const column = within - (before.lastIndexOf('\n') + 1);
  let lineStart = text.indexOf('\n', headerOffset) + 1;
  const firstContent = /^( *)\S/m.exec(text.slice(lineStart));
  const indent = firstContent ? firstContent[1]!.length : 0;
  for (let k = 0; k < lineIndex; k++) lineStart = text.indexOf('\n', lineStart) + 1;
  return lineStart + indent + column;
}

/** The offset in the file `text` of character `within` of the scalar `node`'s value `value`. */
export function powershellErrorOffset(text: string, node: Scalar, value: string, within: number): number {
  const [start, end] = node.range ?? [0, 0];
  const source = text.slice(start, end);
  switch (node.type) {
    case 'PLAIN':
      return source === value ? start + within : start;
    case 'QUOTE_SINGLE':
    case 'QUOTE_DOUBLE':
      return source.includes('\n') ? start : start + quotedOffset(source, within);
    case 'BLOCK_LITERAL':
      return literalOffset(text, start, value, within);
    default:
      return start;
  }
}
