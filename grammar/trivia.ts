// What lies between tokens: spaces, line continuations (a backtick before the newline), `#` and
// `<# … #>` comments (their spans are kept for syntax highlighting), and the newlines that do not end
// a statement because the line cannot end there (after an operator, a comma, a pipe, an opening bracket).

import type { TokenType } from 'chevrotain';
import * as T from './tokens.js';
import { isNewline, isSpace } from './chars.js';
import type { Scanner } from './scanner.js';

/** After these tokens a newline is not a statement end (operators, commas, openers, pipes). */
const newlineInsensitiveAfter = new Set<TokenType>([
  T.Pipe, T.Comma, T.Plus, T.Minus, T.Star, T.Slash, T.Percent, T.DotDot, T.Exclaim, T.Equals, T.CompoundAssign,
  T.DashLogical, T.DashBitwise, T.DashComparison, T.DashSplitJoin, T.DashFormat, T.DashNot, T.LParen, T.LCurly,
  T.LBracket, T.DollarParen, T.AtParen, T.AtCurly,
]);

/** Moves the cursor past everything that is not a token. */
export function skipTrivia(s: Scanner): void {
  const text = s.text;
  for (;;) {
    const c = text.charCodeAt(s.pos);
    if (isSpace(c)) s.pos++;
    else if (c === 96 && isNewline(text.charCodeAt(s.pos + 1))) {
      s.pos += text.charCodeAt(s.pos + 1) === 13 && text.charCodeAt(s.pos + 2) === 10 ? 3 : 2;
    } else if (c === 35 /* # */) {
      const start = s.pos;
      while (s.pos < text.length && !isNewline(text.charCodeAt(s.pos))) s.pos++;
      s.comments.push({ start, end: s.pos });
    } else if (c === 60 /* < */ && text.charCodeAt(s.pos + 1) === 35) {
      blockComment(s);
    } else if (isNewline(c) && newlinesIgnored(s)) {
      s.pos++;
    } else return;
  }
}

function blockComment(s: Scanner): void {
  const start = s.pos;
  const close = s.text.indexOf('#>', s.pos + 2);
  if (close < 0) {
    s.errors.push({
      errorId: 'MissingTerminatorMultiLineComment',
      message: "The terminator '#>' is missing from the multiline comment.",
      start,
      end: start + 2,
    });
    s.pos = s.text.length;
  } else s.pos = close + 2;
  s.comments.push({ start, end: s.pos });
}

function newlinesIgnored(s: Scanner): boolean {
  const last = s.lastType;
  if (last === undefined) return false;
  if (last === T.NewLine) return true; // collapse blank lines into one token
  if (last === T.Comma && s.mode === 'args') return true;
  return newlineInsensitiveAfter.has(last) && (s.mode !== 'args' || last === T.Pipe || last === T.LCurly || last === T.LParen);
}
