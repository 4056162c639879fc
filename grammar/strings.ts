// Quoted strings and here-strings. Double-quoted forms are split into literal text, `$var` references and
// `$( ... )` subexpressions (whose tokens come from a nested scan of the same text).

import { isDoubleQuote, isNewline, isSingleQuote, isSpace, isVarChar, scanVariableName } from './chars.js';
import type { LexError, PsToken, StringPart } from './tokenInfo.js';

export interface ScannedString {
  end: number;
  value: string;
  parts?: StringPart[];
  quote: 'single' | 'double' | 'singleHere' | 'doubleHere';
}

export type SubLexer = (pos: number) => { tokens: PsToken[]; end: number; closed: boolean };

const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b' };

function terminatorError(start: number, end: number, terminator: string): LexError {
  return { errorId: 'TerminatorExpectedAtEndOfString', message: `The string is missing the terminator: ${terminator}.`, start, end };
}

export function scanSingleQuoted(text: string, pos: number, errors: LexError[]): ScannedString {
  let i = pos + 1;
  let value = '';
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSingleQuote(c)) {
      if (isSingleQuote(text.charCodeAt(i + 1))) {
        value += text[i + 1];
        i += 2;
        continue;
      }
      return { end: i + 1, value, quote: 'single' };
    }
    value += text[i];
    i++;
  }
  errors.push(terminatorError(pos, pos + 1, "'"));
  return { end: i, value, quote: 'single' };
}

/**
 * Scans the expandable body from `pos` until `isEnd(i)` says the terminator starts at i.
 * Returns the end of the body (the terminator's position) or -1 at end of text.
 */
function scanExpandableBody(
  text: string,
  pos: number,
  isEnd: (i: number) => number,
  doubledQuote: boolean,
  sub: SubLexer,
  out: { value: string; parts: StringPart[] },
): number {
  let i = pos;
  let literal = '';
  // Plain characters are copied in runs (`run` is where the current one started), not one by one.
  let run = pos;
  const take = () => {
    if (i > run) {
      const piece = text.slice(run, i);
      literal += piece;
      out.value += piece;
    }
  };
  const flush = () => {
    if (literal) out.parts.push(literal);
    literal = '';
  };
  while (i < text.length) {
    const endLen = isEnd(i);
    if (endLen > 0) {
      take();
      if (doubledQuote && isDoubleQuote(text.charCodeAt(i + 1))) {
        literal += text[i + 1];
        out.value += text[i + 1];
        i += 2;
        run = i;
        continue;
      }
      flush();
      return i;
    }
    const c = text.charCodeAt(i);
    if (c === 96 /* ` */ && i + 1 < text.length) {
      take();
      const next = text[i + 1];
      const ch = escapes[next] ?? next;
      literal += ch;
      out.value += ch;
      i += 2;
      run = i;
      continue;
    }
    if (c === 36 /* $ */) {
      const n = text.charCodeAt(i + 1);
      if (n === 40 /* ( */) {
        take();
        flush();
        const r = sub(i + 2);
        out.parts.push({ kind: 'sub', tokens: r.tokens, start: i, end: r.end });
        out.value += text.slice(i, r.end);
        i = r.end;
        run = i;
        if (!r.closed) return -1;
        continue;
      }
      if (n === 123 /* { */ || isVarChar(n) || n === 36 || n === 94) {
        const v = scanVariableName(text, i + 1);
        if (!v.errorId) {
          take();
          flush();
          out.parts.push({ kind: 'var', name: v.name, scope: v.scope, braced: v.braced, start: i, end: v.end });
          out.value += text.slice(i, v.end);
          i = v.end;
          run = i;
          continue;
        }
      }
    }
    i++;
  }
  take();
  flush();
  return -1;
}

export function scanDoubleQuoted(text: string, pos: number, sub: SubLexer, errors: LexError[]): ScannedString {
  const out = { value: '', parts: [] as StringPart[] };
  const end = scanExpandableBody(text, pos + 1, (i) => (isDoubleQuote(text.charCodeAt(i)) ? 1 : 0), true, sub, out);
  if (end < 0) {
    errors.push(terminatorError(pos, pos + 1, '"'));
    return { end: text.length, value: out.value, parts: out.parts, quote: 'double' };
  }
  return { end: end + 1, value: out.value, parts: out.parts, quote: 'double' };
}

/** `@"` / `@'` here-strings: the header must end its line; the footer `"@` must start a line. */
export function scanHereString(text: string, pos: number, sub: SubLexer, errors: LexError[]): ScannedString {
  const expandable = isDoubleQuote(text.charCodeAt(pos + 1));
  const quote = expandable ? 'doubleHere' : 'singleHere';
  const footer = expandable ? '"@' : "'@";
  let i = pos + 2;
  while (isSpace(text.charCodeAt(i))) i++;
  if (i < text.length && !isNewline(text.charCodeAt(i))) {
    errors.push({
      errorId: 'UnexpectedCharactersAfterHereStringHeader',
      message: 'No characters are allowed after a here-string header but before the end of the line.',
      start: i,
      end: i + 1,
    });
  }
  while (i < text.length && !isNewline(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i += 2;
  else if (i < text.length) i++;
  const bodyStart = i;
  const isQuoteChar = expandable ? isDoubleQuote : isSingleQuote;
  // The footer is a newline followed by the quote and `@`; returns the newline's length.
  const footerAt = (j: number): number => {
    const c = text.charCodeAt(j);
    const nl = c === 13 && text.charCodeAt(j + 1) === 10 ? 2 : isNewline(c) ? 1 : 0;
    if (nl && isQuoteChar(text.charCodeAt(j + nl)) && text.charCodeAt(j + nl + 1) === 64) return nl;
    return 0;
  };
  // An empty here-string has its footer right at the body start.
  if (isQuoteChar(text.charCodeAt(bodyStart)) && text.charCodeAt(bodyStart + 1) === 64 && bodyStart > pos + 2) {
    return { end: bodyStart + 2, value: '', parts: expandable ? [] : undefined, quote };
  }
  if (expandable) {
    const out = { value: '', parts: [] as StringPart[] };
    const end = scanExpandableBody(text, bodyStart, footerAt, false, sub, out);
    if (end < 0) {
      errors.push(terminatorError(pos, pos + 2, footer));
      return { end: text.length, value: out.value, parts: out.parts, quote };
    }
    return { end: end + footerAt(end) + 2, value: out.value, parts: out.parts, quote };
  }
  for (let j = bodyStart; j < text.length; j++) {
    const nl = footerAt(j);
    if (nl) return { end: j + nl + 2, value: text.slice(bodyStart, j), quote };
  }
  errors.push(terminatorError(pos, pos + 2, footer));
  return { end: text.length, value: text.slice(bodyStart), quote };
}
