// Binding one pipeline input object (DOMAIN.md §6.13): by value without conversion, by property name without
// conversion, by value with conversion, by property name with conversion; the default set is tried first.

import { PSObject } from '../runtime/values.js';
import type { ParameterBinder } from './binder.js';
import { isExactType } from './convert.js';
import { BindingError, msg } from './messages.js';
import { missingMandatory, resolveSet } from './sets.js';
import type { BinderParameter } from './table.js';

type Mode = { byValue: boolean; coerce: boolean };

const MODES: Mode[] = [
  { byValue: true, coerce: false },
  { byValue: false, coerce: false },
  { byValue: true, coerce: true },
  { byValue: false, coerce: true },
];

/** The input's property for `p` (its name or an alias), or undefined when it has none. */
function propertyFor(input: unknown, p: BinderParameter): { found: boolean; value: unknown } {
  if (!(input instanceof PSObject)) return { found: false, value: undefined };
  for (const n of [p.name, ...p.meta.aliases]) {
    if (input.has(n)) return { found: true, value: input.get(n) };
  }
  return { found: false, value: undefined };
}

function tryBind(binder: ParameterBinder, p: BinderParameter, value: unknown, coerce: boolean): boolean {
  if (!coerce && !isExactType(value, p.type)) return false;
  try {
    binder.assign(p, binder.coerce(p, value));
    return true;
  } catch (e) {
    if (e instanceof BindingError) return false;
    throw e;
  }
}

/** One binding mode within the given sets; returns whether anything bound. */
function bindInSets(binder: ParameterBinder, input: unknown, mode: Mode, sets: string[]): boolean {
  let any = false;
  // This runs for every input object: only the parameters that take pipeline input in this mode are looked at.
  for (const p of mode.byValue ? binder.table.byValue : binder.table.byPropertyName) {
    if (binder.bound.has(p.name)) continue;
    const mine = binder.table.setsOf(p);
    if (!sets.some((s) => mine.includes(s) && binder.validSets.includes(s))) continue;
    if (mode.byValue) {
      if (tryBind(binder, p, input, mode.coerce)) any = true;
    } else {
      const prop = propertyFor(input, p);
      if (prop.found && tryBind(binder, p, prop.value, mode.coerce)) any = true;
    }
  }
  return any;
}

/**
 * Binds one input object on top of the command-line parameters. Returns a BindingError (to be written as a
 * non-terminating error for this object) or null when the command can process the object.
 */
export function bindInputObject(binder: ParameterBinder, input: unknown): BindingError | null {
  binder.restoreCommandLineState();
  const def = binder.table.defaultSet;
  let boundAny = false;
  for (const mode of MODES) {
    let bound = false;
    if (def && binder.validSets.includes(def)) bound = bindInSets(binder, input, mode, [def]);
    if (!bound) bound = bindInSets(binder, input, mode, binder.validSets);
    boundAny ||= bound;
  }
  // A delay-bind script block takes its value from every input object, so the object is never "unbound".
  if (!boundAny && binder.delayBind.size === 0) return new BindingError('InputObjectNotBound', msg.inputObjectNotBound());
  try {
    const set = resolveSet(binder.table, binder.validSets, binder.bound);
    binder.parameterSetName = set;
    const missing = missingMandatory(binder.table, set, binder.bound);
    if (missing.length > 0) return new BindingError('InputObjectMissingMandatory', msg.inputObjectMissingMandatory(missing.map((p) => p.name)));
  } catch (e) {
    if (e instanceof BindingError) return e;
    throw e;
  }
  return null;
}
