// Command-argument mode, after a command name: barewords (`site:Redmond`, `C:\certs\edge.pfx`,
// `Default,XmppServer` is two words and a comma), `-Name` and `-Name:` parameters, redirections, and
// numbers only when the whole word is one (`1kb` is a number, `1x` a word).

import * as T from './tokens.js';
import { endsGeneric, isDash, isDigit, isIdentStart, isQuote, scanNumber, scanVariableName } from './chars.js';
import { scanGeneric, scanRedirection } from './generic.js';
import { commonToken, postfix, variable } from './commonTokens.js';
import type { Scanner } from './scanner.js';

export function argumentToken(s: Scanner): void {
  const c = s.code();
  const n = s.code(1);
  if (postfix(s, c, n)) return;
  if (commonToken(s, c, n)) return;
  if (c === 62 || ((isDigit(c) || c === 42) && n === 62)) return redirection(s);
  if (c === 36) {
    // `$x`, `$x.Name`, `$x[0]` and `$x>f` start with a variable token; `$env:TEMP\x.txt` is one expandable word.
    const v = scanVariableName(s.text, s.pos + 1);
    const after = s.text.charCodeAt(v.end);
    if (!v.errorId && (endsGeneric(after) || after === 46 || after === 91 || after === 62)) return variable(s);
  }
  if (isDash(c) && (isIdentStart(n) || n === 63)) return parameter(s);
  const w = scanGeneric(s.text, s.pos, false, s.sub, s.errors);
  if (!w.parts) {
    const negative = isDash(c);
    const num = scanNumber(s.text, negative ? s.pos + 1 : s.pos);
    if (num && num.end === w.end) {
      s.emit(T.NumberLit, s.pos, w.end, { kind: 'number', value: negative ? -num.value : num.value, isInteger: num.isInteger });
      return;
    }
  }
  s.emit(T.Bareword, s.pos, w.end, { kind: 'string', value: w.value, quote: 'bare', parts: w.parts });
}

function parameter(s: Scanner): void {
  const text = s.text;
  let i = s.pos + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (endsGeneric(c) || c === 58 || isQuote(c) || c === 62) break;
    i++;
  }
  const colon = text.charCodeAt(i) === 58;
  s.emit(T.Parameter, s.pos, colon ? i + 1 : i, { kind: 'parameter', name: text.slice(s.pos + 1, i), colon });
}

/** `>`, `2>>`, `2>&1`…: what follows is read as a command argument (the file name). */
export function redirection(s: Scanner): void {
  const r = scanRedirection(s.text, s.pos)!;
  s.emit(T.Redirection, s.pos, r.end, { kind: 'redirection', from: r.from, append: r.append, merge: r.merge });
  s.mode = 'args';
}
