// Parameter-set resolution (DOMAIN.md §6.11) and the mandatory parameters of a set (§6.12).

import { BindingError, msg } from './messages.js';
import type { BinderParameter, ParameterTable } from './table.js';

/** Sets that stay possible after binding `p`. */
export function narrowSets(table: ParameterTable, valid: string[], p: BinderParameter): string[] {
  const mine = table.setsOf(p);
  return valid.filter((s) => mine.includes(s));
}

/** Parameters mandatory in `set` that are not bound yet, in metadata order. */
export function missingMandatory(table: ParameterTable, set: string, bound: ReadonlySet<string>): BinderParameter[] {
  return table.mandatoryIn(set).filter((p) => !bound.has(p.name));
}

/** True when `p` can take pipeline input in `set`. */
export function takesPipelineInput(p: BinderParameter): boolean {
  return p.meta.pipeline !== 'False';
}

/**
 * Picks the set to run with: the only one left; else the default set when it is still possible; else the one
 * set whose mandatory parameters are all bound. Anything else is AmbiguousParameterSet.
 */
export function resolveSet(table: ParameterTable, valid: string[], bound: ReadonlySet<string>): string {
  if (valid.length === 0) throw new BindingError('AmbiguousParameterSet', msg.ambiguousParameterSet());
  if (valid.length === 1) return valid[0]!;
  if (table.defaultSet && valid.includes(table.defaultSet)) return table.defaultSet;
  const complete = valid.filter((s) => missingMandatory(table, s, bound).length === 0);
  if (complete.length === 1) return complete[0]!;
  throw new BindingError('AmbiguousParameterSet', msg.ambiguousParameterSet());
}

/**
 * Before pipeline input arrives: the set to check mandatory parameters against, or null when several sets
 * are still open and pipeline input may decide between them.
 */
export function tentativeSet(table: ParameterTable, valid: string[]): string | null {
  if (valid.length === 1) return valid[0]!;
  if (table.defaultSet && valid.includes(table.defaultSet)) return table.defaultSet;
  return null;
}
