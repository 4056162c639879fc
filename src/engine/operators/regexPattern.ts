// .NET regular expressions as scripts write them, turned into JavaScript RegExps: inline options,
// \A and \z anchors, named groups, and PowerShell's error for a pattern that is not valid. Used by
// -match, -replace, -split, switch -Regex, [regex] and the validation attributes.

import { ErrorRecord, PSRuntimeError } from '../errors.js';

const regexCache = new Map<string, RegExp>();

/** Translates the .NET regex features scripts use into a JavaScript RegExp (cached). */
export function toRegex(pattern: string, caseSensitive: boolean, global = false, extraFlags = '', shownPattern = pattern): RegExp {
  const key = `${caseSensitive ? 'c' : 'i'}${global ? 'g' : '-'}${extraFlags}/${pattern}`;
  let re = regexCache.get(key);
  if (!re) {
    let src = pattern;
    let flags = (caseSensitive ? '' : 'i') + extraFlags;
    const inline = /^\(\?([imsx]+)\)/.exec(src);
    if (inline) {
      src = src.slice(inline[0].length);
      if (inline[1]!.includes('i') && !flags.includes('i')) flags += 'i';
      if (inline[1]!.includes('m') && !flags.includes('m')) flags += 'm';
      if (inline[1]!.includes('s') && !flags.includes('s')) flags += 's';
    }
    src = src.replace(/\\A/g, '^').replace(/\\[zZ]/g, '$').replace(/\(\?<(\w+)>/g, '(?<$1>');
    try {
      re = new RegExp(src, flags + (global ? 'g' : ''));
    } catch (e) {
      throw invalidRegex(shownPattern, e instanceof Error ? e.message : String(e));
    }
    if (regexCache.size > 2000) regexCache.clear();
    regexCache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/** A regex of its own (a [regex] value), not one of the cached ones whose search position is shared. */
export function newRegex(pattern: string, caseSensitive = true): RegExp {
  const re = toRegex(pattern, caseSensitive);
  return new RegExp(re.source, re.flags);
}

function invalidRegex(pattern: string, detail: string): PSRuntimeError {
  return new PSRuntimeError(
    new ErrorRecord({
      message: `The regular expression pattern ${pattern} is not valid.`,
      category: 'InvalidOperation',
      errorId: 'InvalidRegularExpression',
      targetObject: pattern,
      innerMessage: detail,
    }),
  );
}

export function escapeRegex(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|#\s]/g, (c) => (c === ' ' ? '\\ ' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\${c}`));
}
