// Barewords of command-argument mode: `site:Redmond`, `C:\certs\edge.pfx`, `$env:TEMP\x.txt` (expandable),
// `--name="a b"` (quoted pieces join the word). Also the small redirection-operator scanner.

import { endsGeneric, isDoubleQuote, isNewline, isQuote, isSingleQuote, isVarChar, scanVariableName } from './chars.js';
import { scanDoubleQuoted, scanSingleQuoted, type SubLexer } from './strings.js';
import type { LexError, StringPart } from './tokenInfo.js';
import type { RedirectionStream } from '../src/lang/ast.js';

export interface ScannedWord {
  end: number;
  value: string;
  /** Present when the word contains `$var` or `$( )`. */
  parts?: StringPart[];
}

const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b' };

export function scanGeneric(text: string, pos: number, stopAtEquals: boolean, sub: SubLexer, errors: LexError[]): ScannedWord {
  let i = pos;
  let value = '';
  let literal = '';
  const parts: StringPart[] = [];
  let expandable = false;
  // Plain characters are copied in runs; `segment` is where the current run started.
  let segment = pos;
  const takeRun = () => {
    if (i > segment) {
      const run = text.slice(segment, i);
      value += run;
      literal += run;
    }
  };
  const flush = () => {
    if (literal) parts.push(literal);
    literal = '';
  };
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (endsGeneric(c) || c === 62 /* > */ || (stopAtEquals && c === 61)) break;
    if (c !== 96 && c !== 36 && !(isQuote(c) && i > pos)) {
      i++;
      continue;
    }
    takeRun();
    if (c === 96 /* ` */) {
      if (i + 1 >= text.length || isNewline(text.charCodeAt(i + 1))) {
        segment = i;
        break;
      }
      const ch = escapes[text[i + 1]] ?? text[i + 1];
      value += ch;
      literal += ch;
      i += 2;
    } else if (isSingleQuote(c)) {
      const s = scanSingleQuoted(text, i, errors);
      value += s.value;
      literal += s.value;
      i = s.end;
    } else if (isDoubleQuote(c)) {
      const s = scanDoubleQuoted(text, i, sub, errors);
      for (const p of s.parts ?? []) {
        if (typeof p === 'string') literal += p;
        else {
          flush();
          parts.push(p);
          expandable = true;
        }
      }
      value += s.value;
      i = s.end;
    } else if (!scanDollar(text, i, sub, parts, flush)) {
      value += '$';
      literal += '$';
      i++;
    } else {
      const part = parts[parts.length - 1] as { end: number };
      value += text.slice(i, part.end);
      i = part.end;
      expandable = true;
    }
    segment = i;
  }
  takeRun();
  flush();
  return expandable ? { end: i, value, parts } : { end: i, value };
}

/** `$name`, `${name}` or `$( )` inside a word: appends the part and returns true, or false for a plain `$`. */
function scanDollar(text: string, i: number, sub: SubLexer, parts: StringPart[], flush: () => void): boolean {
  const n = text.charCodeAt(i + 1);
  if (n === 40) {
    const r = sub(i + 2);
    flush();
    parts.push({ kind: 'sub', tokens: r.tokens, start: i, end: r.end });
    return true;
  }
  if (n === 123 || isVarChar(n) || n === 36 || n === 94) {
    const v = scanVariableName(text, i + 1);
    if (v.errorId) return false;
    flush();
    parts.push({ kind: 'var', name: v.name, scope: v.scope, braced: v.braced, start: i, end: v.end });
    return true;
  }
  return false;
}

export interface ScannedRedirection {
  end: number;
  from: RedirectionStream;
  append: boolean;
  merge: boolean;
}

const streams: Record<string, RedirectionStream> = {
  '1': 'Output',
  '2': 'Error',
  '3': 'Warning',
  '4': 'Verbose',
  '5': 'Debug',
  '6': 'Information',
  '*': 'All',
};

/** `>`, `>>`, `2>`, `2>>`, `*>`, `2>&1`, `*>&1` at pos, or undefined. */
export function scanRedirection(text: string, pos: number): ScannedRedirection | undefined {
  let i = pos;
  let from: RedirectionStream = 'Output';
  const c = text[i];
  if (c !== '>') {
    if (!(c in streams) || text[i + 1] !== '>') return undefined;
    from = streams[c];
    i++;
  }
  i++; // '>'
  if (text[i] === '>') return { end: i + 1, from, append: true, merge: false };
  if (text[i] === '&' && text[i + 1] === '1' && from !== 'Output') return { end: i + 2, from, append: false, merge: true };
  return { end: i, from, append: false, merge: false };
}
