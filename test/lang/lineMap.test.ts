// Offsets to lines and columns, for LF, CRLF and lone-CR line ends (the map takes a faster road when
// the text has no CR at all; both roads must agree).

import { describe, expect, it } from 'vitest';
import { LineMap } from '../../grammar/lineMap.js';
import { lex } from '../../grammar/lexer.js';

function positions(text: string): string[] {
  const lines = new LineMap(text);
  const out: string[] = [];
  for (let i = 0; i <= text.length; i++) {
    const line = lines.line(i);
    out.push(`${line}:${lines.column(i, line)}`);
  }
  return out;
}

describe('LineMap', () => {
  it('counts lines the same for LF, CRLF and lone CR ends', () => {
    expect(positions('ab\ncd\n\ne')).toEqual(positions('ab\r\ncd\r\n\r\ne').filter((_, i) => ![3, 7, 9].includes(i)));
    expect(positions('ab\ncd\n\ne')).toEqual(positions('ab\rcd\r\re'));
    expect(new LineMap('a\rb\r\nc\nd').lineCount).toBe(4);
    expect(new LineMap('a\nb\nc').lineCount).toBe(3);
    expect(new LineMap('').lineCount).toBe(1);
    expect(positions('x\ny')).toEqual(['1:1', '1:2', '2:1', '2:2']);
  });

  it('gives tokens their lines and columns when asked', () => {
    const [a, , b] = lex('Get-X\r\n  $b = 1').tokens;
    expect([a!.startLine, a!.startColumn, a!.endLine, a!.endColumn]).toEqual([1, 1, 1, 5]);
    expect([b!.startLine, b!.startColumn, b!.endLine, b!.endColumn]).toEqual([2, 3, 2, 4]);
  });
});
