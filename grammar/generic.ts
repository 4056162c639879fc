// Barewords of command-argument mode: `site:Redmond`, `C:\certs\edge.pfx`, `$env:TEMP\x.txt` (expandable),
// `--name="a b"` (quoted pieces join the word). Also the small redirection-operator scanner.

import { endsGeneric, isDoubleQuote, isNewline, isSingleQuote, isVarChar, scanVariableName } from './chars.js';
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
  const flush = () => {
    if (literal) parts.push(literal);
    literal = '';
  };
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (endsGeneric(c) || c === 62 /* > */ || (stopAtEquals && c === 61)) break;
    if (c === 96 /* ` */) {
      if (i + 1 >= text.length || isNewline(text.charCodeAt(i + 1))) break;
      const ch = escapes[text[i + 1]] ?? text[i + 1];
      value += ch;
      literal += ch;
      i += 2;
      continue;
    }
    if (isSingleQuote(c) && i > pos) {
      const s = scanSingleQuoted(text, i, errors);
      value += s.value;
      literal += s.value;
      i = s.end;
      continue;
    }
    if (isDoubleQuote(c) && i > pos) {
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
      continue;
    }
    if (c === 36 /* $ */) {
      const n = text.charCodeAt(i + 1);
      if (n === 40) {
        const r = sub(i + 2);
        flush();
        parts.push({ kind: 'sub', tokens: r.tokens, start: i, end: r.end });
        expandable = true;
        value += text.slice(i, r.end);
        i = r.end;
        continue;
      }
      if (n === 123 || isVarChar(n) || n === 36 || n === 94) {
        const v = scanVariableName(text, i + 1);
        if (!v.errorId) {
          flush();
          parts.push({ kind: 'var', name: v.name, scope: v.scope, braced: v.braced, start: i, end: v.end });
          expandable = true;
          value += text.slice(i, v.end);
          i = v.end;
          continue;
        }
      }
    }
    value += text[i];
    literal += text[i];
    i++;
  }
  flush();
  return expandable ? { end: i, value, parts } : { end: i, value };
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
