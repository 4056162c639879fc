// Character classes and the small scanners (numbers, variable names, type names) the lexer shares.
// PowerShell accepts typographic quotes and dashes wherever it accepts the ASCII ones.

import type { TypeName } from '../src/lang/ast.js';

export const isDash = (c: number) => c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2015;
export const isSingleQuote = (c: number) => c === 39 || (c >= 0x2018 && c <= 0x201b);
export const isDoubleQuote = (c: number) => c === 34 || (c >= 0x201c && c <= 0x201e);
export const isQuote = (c: number) => isSingleQuote(c) || isDoubleQuote(c);
export const isNewline = (c: number) => c === 10 || c === 13;
export const isSpace = (c: number) =>
  c === 32 || c === 9 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0xfeff || c === 0x85 ||
  (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
export const isDigit = (c: number) => c >= 48 && c <= 57;
export const isHexDigit = (c: number) => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);

const letterRe = /\p{L}|\p{Nl}|\p{Mn}|\p{Mc}|\p{Nd}|\p{Pc}/u;
export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return letterRe.test(String.fromCharCode(c));
}
export const isIdentStart = (c: number) => isLetter(c) || c === 95;
export const isIdentChar = (c: number) => isIdentStart(c) || isDigit(c);
/** Characters of a `$name` variable (besides letters and digits PowerShell allows `_` and `?`). */
export const isVarChar = (c: number) => isIdentChar(c) || c === 63;

/** Characters that end a bareword in command-argument mode. */
export function endsGeneric(c: number): boolean {
  return (
    Number.isNaN(c) || isSpace(c) || isNewline(c) || c === 59 /* ; */ || c === 124 /* | */ || c === 38 /* & */ ||
    c === 40 || c === 41 || c === 123 || c === 125 || c === 44 /* , */
  );
}

export interface ScannedNumber {
  end: number;
  value: number;
  isInteger: boolean;
}

const multipliers: Record<string, number> = { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5 };

/** Scans the longest numeric literal at `pos` (hex, decimal, exponent, `d`/`l` suffix, KB..PB). */
export function scanNumber(text: string, pos: number): ScannedNumber | undefined {
  let i = pos;
  let value: number;
  let isInteger = true;
  if (text.charCodeAt(i) === 48 && (text.charCodeAt(i + 1) | 32) === 120 && isHexDigit(text.charCodeAt(i + 2))) {
    i += 2;
    const start = i;
    while (isHexDigit(text.charCodeAt(i))) i++;
    value = parseInt(text.slice(start, i), 16);
    if (i - start <= 8 && value > 0x7fffffff) value -= 0x100000000; // 0xFFFFFFFF is Int32 -1 in PowerShell
  } else {
    const start = i;
    while (isDigit(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
      isInteger = false;
      i++;
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (i === start) return undefined;
    const e = text.charCodeAt(i) | 32;
    if (e === 101) {
      let j = i + 1;
      const sign = text.charCodeAt(j);
      if (sign === 43 || isDash(sign)) j++;
      if (isDigit(text.charCodeAt(j))) {
        while (isDigit(text.charCodeAt(j))) j++;
        isInteger = false;
        i = j;
      }
    }
    value = Number(text.slice(start, i).replace(/[\u2013-\u2015]/g, '-'));
  }
  const suffix = text.charCodeAt(i) | 32;
  if (suffix === 108 /* l */) i++;
  else if (suffix === 100 /* d */) {
    i++;
    isInteger = false;
  }
  const mult = multipliers[text.slice(i, i + 2).toLowerCase()];
  if (mult !== undefined) {
    value *= mult;
    i += 2;
    if (!Number.isInteger(value)) isInteger = false;
  }
  return { end: i, value, isInteger };
}

export interface ScannedVariable {
  end: number;
  name: string;
  scope?: string;
  braced: boolean;
  /** Set when the reference is malformed: PowerShell's error id. */
  errorId?: string;
}

const scopes = new Set(['global', 'script', 'local', 'private', 'env', 'using', 'variable', 'function', 'alias']);

/** Scans a variable name after `$` or `@` (pos points at the first character after the sigil). */
export function scanVariableName(text: string, pos: number): ScannedVariable {
  const c = text.charCodeAt(pos);
  if (c === 123 /* { */) {
    let i = pos + 1;
    let name = '';
    while (i < text.length && text.charCodeAt(i) !== 125) {
      if (text.charCodeAt(i) === 96 && i + 1 < text.length) i++;
      name += text[i];
      i++;
    }
    if (i >= text.length) return { end: i, name, braced: true, errorId: 'IncompleteDollarVariableReference' };
    if (name === '') return { end: i + 1, name, braced: true, errorId: 'EmptyVariableReference' };
    return { end: i + 1, ...splitScope(name), braced: true };
  }
  if (c === 36 /* $ */ || c === 63 /* ? */ || c === 94 /* ^ */) return { end: pos + 1, name: text[pos], braced: false };
  let i = pos;
  while (isVarChar(text.charCodeAt(i))) i++;
  if (i === pos) return { end: pos, name: '', braced: false, errorId: 'InvalidVariableReference' };
  // `$scope:name` / `$env:USERNAME`: a colon followed by a name character continues the reference.
  if (text.charCodeAt(i) === 58 && isVarChar(text.charCodeAt(i + 1))) {
    let j = i + 1;
    while (isVarChar(text.charCodeAt(j))) j++;
    return { end: j, ...splitScope(text.slice(pos, j)), braced: false };
  }
  return { end: i, name: text.slice(pos, i), braced: false };
}

function splitScope(full: string): { name: string; scope?: string } {
  const colon = full.indexOf(':');
  if (colon <= 0) return { name: full };
  const scope = full.slice(0, colon).toLowerCase();
  if (!scopes.has(scope) && scope.length === 1) return { name: full }; // ${C:\path} style provider paths
  return { name: full.slice(colon + 1), scope };
}

export interface ScannedType {
  end: number;
  type: TypeName;
}

/** Scans a type name (pos after `[` and any spaces). Returns undefined when no name is there. */
export function scanTypeName(text: string, pos: number): ScannedType | undefined {
  let i = pos;
  while (isIdentChar(text.charCodeAt(i)) || text.charCodeAt(i) === 46 || text.charCodeAt(i) === 43 || text.charCodeAt(i) === 96) {
    i++;
  }
  if (i === pos) return undefined;
  const name = text.slice(pos, i);
  const genericArguments: TypeName[] = [];
  let isArray = false;
  // Generic arguments: Name[arg, arg] where each arg may be bracketed: Name[[a],[b]].
  if (text.charCodeAt(i) === 91 && (isIdentStart(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === 91)) {
    let j = i + 1;
    for (;;) {
      const bracketed = text.charCodeAt(j) === 91;
      if (bracketed) j++;
      const arg = scanTypeName(text, j);
      if (!arg) return undefined;
      genericArguments.push(arg.type);
      j = arg.end;
      if (bracketed) {
        if (text.charCodeAt(j) !== 93) return undefined;
        j++;
      }
      while (isSpace(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === 44) {
        j++;
        while (isSpace(text.charCodeAt(j))) j++;
        continue;
      }
      if (text.charCodeAt(j) !== 93) return undefined;
      i = j + 1;
      break;
    }
  }
  while (text.charCodeAt(i) === 91) {
    let j = i + 1;
    while (text.charCodeAt(j) === 44) j++;
    if (text.charCodeAt(j) !== 93) break;
    isArray = true;
    i = j + 1;
  }
  return { end: i, type: { text: text.slice(pos, i), name, genericArguments, isArray } };
}
