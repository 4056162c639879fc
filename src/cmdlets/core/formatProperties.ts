// The calculated-property hashtables of the Format-* cmdlets, checked as 5.1's format parameter
// processor checks them: each key must name an entry the cmdlet knows (any unique prefix of it), an
// expression is mandatory, alignment is left/center/right and a width is above 0. Failures are
// terminating InvalidArgument errors carrying a NotSupportedException.

import type { CmdletContext } from '../../engine/cmdlet.js';
import { toStr } from '../../engine/runtime/convert.js';
import { formatValue } from '../../engine/operators/format.js';
import { PSHashtable } from '../../engine/runtime/values.js';
import { PSRuntimeError } from '../../engine/errors.js';
import { type ExpressionInvoker, listOf, type PropertySelector, selectorsFor } from './util.js';

/** The entries each cmdlet accepts, under their canonical names (`label` also answers to `name`). */
export const FORMAT_KEYS = {
  table: ['expression', 'formatString', 'label', 'width', 'alignment'],
  list: ['expression', 'formatString', 'label'],
  wide: ['expression', 'formatString'],
  groupBy: ['expression', 'formatString', 'label'],
} as const;

export type FormatKeySet = keyof typeof FORMAT_KEYS;

const ALIGNMENTS = ['left', 'center', 'right'];

function refuse(ctx: CmdletContext, errorId: string, message: string): never {
  ctx.throwTerminatingError({ message, errorId, category: 'InvalidArgument', exceptionType: 'System.NotSupportedException' });
}

/** The canonical entry a typed key stands for: a prefix of one entry name (`e`, `Expr`, `n` → label). */
function entryFor(ctx: CmdletContext, key: string, allowed: readonly string[]): string {
  const lower = key.toLowerCase();
  const names = allowed.flatMap((a) => (a === 'label' ? [['label', a], ['name', a]] : [[a.toLowerCase(), a]]));
  const hit = names.find(([n]) => lower.length > 0 && n!.startsWith(lower));
  if (!hit) refuse(ctx, 'DictionaryKeyIllegal', `The ${key} key is not valid.`);
  return hit[1]!;
}

function checkValue(ctx: CmdletContext, entry: string, value: unknown): void {
  if (entry === 'alignment') {
    const text = toStr(value).toLowerCase();
    if (!ALIGNMENTS.some((a) => text.length > 0 && a.startsWith(text))) {
      refuse(ctx, 'AlignmentIllegalValue', `The value "${toStr(value)}" for key "alignment" is not valid; valid values are {left, center, right}.`);
    }
  }
  // [I] the id of the width refusal is our own name; the message is 5.1's.
  if (entry === 'width' && !(Number(value) > 0)) refuse(ctx, 'WidthIllegalValue', `The value "${toStr(value)}" for key "width" should be greater than 0.`);
}

/** Checks every hashtable among `specs` against the keys `set` allows. */
export function checkFormatProperties(ctx: CmdletContext, specs: unknown, set: FormatKeySet): void {
  const allowed = FORMAT_KEYS[set];
  for (const spec of listOf(specs)) {
    if (!(spec instanceof PSHashtable)) continue;
    const seen = new Map<string, string>();
    for (const [key, value] of spec.entries()) {
      const typed = toStr(key);
      const entry = entryFor(ctx, typed, allowed);
      const earlier = seen.get(entry);
      if (earlier !== undefined) refuse(ctx, 'DictionaryKeyDuplicate', `The duplicated key "${typed}" conflicts with "${earlier}".`);
      seen.set(entry, typed);
      checkValue(ctx, entry, value);
    }
    if (!seen.has('expression')) refuse(ctx, 'DictionaryKeyMandatoryEntry', 'A mandatory entry for expression is missing.');
  }
}

/**
 * Format-* run an expression in a scope of its own and swallow its errors, as 5.1's formatter does:
 * a failing expression leaves its cell empty (`#ERR` with -DisplayError).
 */
export function quietSelectors(ctx: CmdletContext, specs: unknown[], o: unknown): PropertySelector[] {
  const swallowing: ExpressionInvoker = (c, block, dollarUnder) => c.engine.invokeScriptBlock(block, { dollarUnder, variables: { ErrorActionPreference: 'SilentlyContinue' } });
  return selectorsFor(ctx, specs, o, swallowing).map(quiet);
}

/** Quiet selectors that show their values through their FormatString. */
export function formatSelectors(ctx: CmdletContext, specs: unknown[], o: unknown): PropertySelector[] {
  return quietSelectors(ctx, specs, o).map(withFormatString);
}

function quiet(s: PropertySelector): PropertySelector {
  return {
    ...s,
    async value(ctx, o) {
      try {
        return await s.value(ctx, o);
      } catch (err) {
        if (!(err instanceof PSRuntimeError)) throw err;
        return ctx.params.DisplayError ? '#ERR' : null;
      }
    },
  };
}

/** A selector whose value is shown through its FormatString (`@{e='Size'; FormatString='N1'}`). */
export function withFormatString(s: PropertySelector): PropertySelector {
  if (s.formatString === undefined) return s;
  const fmt = s.formatString;
  return { ...s, value: async (ctx, o) => formatValue(await s.value(ctx, o), fmt) };
}
