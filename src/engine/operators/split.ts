// The -split operator as Windows PowerShell 5.1 runs it: `<text> -split <delimiter>[, <max>[, <options>]]`
// with a regex (the default), a SimpleMatch string or a script block as delimiter. Pieces follow
// .NET's Regex.Split: captures of the delimiter stay in the output, a max of 1 gives the text whole,
// a max below 0 counts as 0 (no limit; splitting from the right came only with PowerShell 7).

import { conversionError, isEnumerable, isNull, toBool, toList, toNumber, toStr, typedArrays } from '../runtime/convert.js';
import { ErrorRecord, PSRuntimeError } from '../errors.js';
import { escapeRegex, toRegex } from './regexPattern.js';
import { dotNetRegexReason } from './regexErrors.js';
import { roundHalfEven } from '../runtime/numberText.js';
import { ScriptBlockValue } from '../runtime/values.js';

/** System.Management.Automation.SplitOptions, in the order of their values (as its error lists them). */
const SPLIT_OPTIONS = ['SimpleMatch', 'RegexMatch', 'CultureInvariant', 'IgnorePatternWhitespace', 'Multiline', 'Singleline', 'IgnoreCase', 'ExplicitCapture'] as const;
type SplitOption = (typeof SPLIT_OPTIONS)[number];

export interface SplitRequest {
  delimiter: string | ScriptBlockValue;
  limit: number;
  options: Set<SplitOption>;
}

function splitError(errorId: string, message: string): PSRuntimeError {
  return new PSRuntimeError(new ErrorRecord({ message, errorId, category: 'ParserError', exceptionType: 'System.Management.Automation.ParseException' }));
}

/** `'SimpleMatch, IgnoreCase'` (or a number) → the set of options; unknown names fail as the enum conversion does. */
function parseOptions(v: unknown): Set<SplitOption> {
  const out = new Set<SplitOption>();
  if (typeof v === 'number') {
    SPLIT_OPTIONS.forEach((name, i) => (v & (1 << i)) !== 0 && out.add(name));
    return out;
  }
  for (const part of toStr(v).split(',')) {
    const word = part.trim();
    const hit = SPLIT_OPTIONS.find((n) => n.toLowerCase() === word.toLowerCase());
    if (!hit) {
      throw conversionError(v, 'System.Management.Automation.SplitOptions',
        `Unable to match the identifier name ${word} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${SPLIT_OPTIONS.join(', ')}`, 'RuntimeException');
    }
    out.add(hit);
  }
  return out;
}

/** Reads the right operand: delimiter, max substrings, options; checks the combinations 5.1 refuses. */
export function splitRequest(right: unknown, ignoreCase: boolean): SplitRequest {
  const args = isNull(right) ? [''] : isEnumerable(right) ? toList(right) : [right];
  const first = args[0];
  const delimiter = first instanceof ScriptBlockValue ? first : toStr(first);
  const limit = args.length >= 2 ? roundHalfEven(toNumber(args[1])) : 0;
  let options = new Set<SplitOption>();
  const rawOptions = args[2];
  if (args.length >= 3 && !isNull(rawOptions) && rawOptions !== '') {
    options = parseOptions(rawOptions);
    if (delimiter instanceof ScriptBlockValue) {
      throw splitError('InvalidSplitOptionWithPredicate', 'Cannot specify split options when a script block is the delimiter of the -split operator.');
    }
  }
  if (ignoreCase) options.add('IgnoreCase');
  if (typeof delimiter === 'string') checkCombination(options);
  return { delimiter, limit, options };
}

function checkCombination(options: Set<SplitOption>): void {
  const simple = options.has('SimpleMatch');
  const beyondSimple = [...options].some((o) => o !== 'SimpleMatch' && o !== 'IgnoreCase');
  if ((simple && beyondSimple) || (options.has('Multiline') && options.has('Singleline'))) {
    throw splitError('InvalidSplitOptionCombination', 'The combination of options with the -split operator is not valid.');
  }
}

/**
 * Rewrites a pattern outside escapes and `[…]` classes (those pass through untouched): `rewrite` gets
 * each other character's index and returns its replacement and how many characters it consumed.
 */
function rewriteOutsideClasses(p: string, rewrite: (i: number) => [text: string, length: number]): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < p.length; ) {
    const ch = p[i]!;
    if (ch === '\\' || inClass || ch === '[') {
      const length = ch === '\\' ? 2 : 1;
      if (inClass && ch === ']') inClass = false;
      else if (ch === '[') inClass = true;
      out += p.slice(i, i + length);
      i += length;
      continue;
    }
    const [text, length] = rewrite(i);
    out += text;
    i += length;
  }
  return out;
}

/** Removes what IgnorePatternWhitespace ignores: unescaped white space and `#` comments outside classes. */
function stripPatternWhitespace(p: string): string {
  return rewriteOutsideClasses(p, (i) => {
    if (/\s/.test(p[i]!)) return ['', 1];
    if (p[i] !== '#') return [p[i]!, 1];
    const end = p.indexOf('\n', i);
    return ['', (end < 0 ? p.length : end) - i];
  });
}

/** ExplicitCapture: plain `( … )` groups stop capturing; named groups still capture. */
function nonCapturing(p: string): string {
  return rewriteOutsideClasses(p, (i) => [p[i] === '(' && p[i + 1] !== '?' ? '(?:' : p[i]!, 1]);
}

function patternRegex(pattern: string, options: Set<SplitOption>): RegExp {
  let source = options.has('SimpleMatch') ? escapeRegex(pattern) : pattern;
  if (options.has('IgnorePatternWhitespace')) source = stripPatternWhitespace(source);
  if (options.has('ExplicitCapture')) source = nonCapturing(source);
  const flags = (options.has('Multiline') ? 'm' : '') + (options.has('Singleline') ? 's' : '');
  try {
    return toRegex(source, !options.has('IgnoreCase'), true, flags, pattern);
  } catch (err) {
    throw parsingError(err, pattern);
  }
}

/** 5.1 lets .NET's own refusal of a bad pattern through: `parsing "(" - Not enough )'s.` */
function parsingError(err: unknown, pattern: string): unknown {
  if (!(err instanceof PSRuntimeError) || err.record.fullyQualifiedErrorId !== 'InvalidRegularExpression') return err;
  const reason = dotNetRegexReason(pattern, err.record.innerMessage ?? '');
  if (reason === undefined) return err;
  const message = `parsing "${pattern}" - ${reason}`;
  return new PSRuntimeError(new ErrorRecord({ message, errorId: 'System.ArgumentException', category: 'OperationStopped', exceptionType: 'System.ArgumentException' }));
}

/** .NET Regex.Split(input, count): pieces between matches plus each match's successful groups. */
export function regexSplit(text: string, re: RegExp, limit: number): string[] {
  if (limit === 1) return [text];
  const out: string[] = [];
  let last = 0;
  let pieces = 0;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((limit <= 0 || pieces < limit - 1) && (m = re.exec(text)) !== null) {
    if (m[0] === '') re.lastIndex++;
    out.push(text.slice(last, m.index));
    pieces++;
    for (let g = 1; g < m.length; g++) if (m[g] !== undefined) out.push(m[g]!);
    last = m.index + m[0].length;
    if (re.lastIndex > text.length) break;
  }
  out.push(text.slice(last));
  return out;
}

/** -split returns a String[] (GetType().Name says so). */
function stringArray(items: string[]): string[] {
  typedArrays.set(items, 'System.String[]');
  return items;
}

/** The texts -split works on: each element of a collection, or the one value. */
export function splitInputs(left: unknown): string[] {
  return (isEnumerable(left) ? toList(left) : [left]).map((v) => toStr(v));
}

export function splitWithPattern(left: unknown, req: SplitRequest): string[] {
  const re = patternRegex(req.delimiter as string, req.options);
  const limit = req.limit < 0 ? 0 : req.limit;
  return stringArray(splitInputs(left).flatMap((t) => regexSplit(t, re, limit)));
}

/** A script-block delimiter: called for each character (as `$_`, with the text and index as `$args`). */
export async function splitWithPredicate(left: unknown, block: ScriptBlockValue, limit: number, invoke: (block: ScriptBlockValue, ch: string, args: unknown[]) => Promise<unknown[]>): Promise<string[]> {
  const out: string[] = [];
  for (const text of splitInputs(left)) {
    if (limit === 1) { out.push(text); continue; }
    const pieces: string[] = [];
    let current = '';
    for (let i = 0; i < text.length; i++) {
      const result = await invoke(block, text[i]!, [text, i]);
      if (!toBool(result.length === 1 ? result[0] : result)) { current += text[i]; continue; }
      pieces.push(current);
      current = '';
      if (limit > 0 && pieces.length >= limit - 1) {
        pieces.push(text.slice(i + 1));
        break;
      }
      if (i === text.length - 1) pieces.push('');
    }
    if (current.length > 0 && (limit <= 0 || pieces.length < limit)) pieces.push(current);
    out.push(...pieces);
  }
  return stringArray(out);
}

/** Binary -split without a script block (the synchronous path). */
export function splitOperator(left: unknown, right: unknown, caseSensitive: boolean): string[] {
  const req = splitRequest(right, !caseSensitive);
  if (req.delimiter instanceof ScriptBlockValue) throw new Error('a script-block delimiter needs the evaluator');
  return splitWithPattern(left, req);
}

/** Unary `-split "a b  c"`: white space separated, the text trimmed first. */
export function unarySplit(v: unknown): string[] {
  return stringArray(splitInputs(v).flatMap((t) => regexSplit(t.trim(), /\s+/g, 0)));
}
