// Per-invocation preferences (common parameters over preference variables) and the -ErrorVariable /
// -OutVariable / -WarningVariable collections.

import { isNumeric, toDoubleValue } from '../runtime/numbers.js';
import { matchEnum } from '../binder/enums.js';
import { ACTION_PREFERENCE_VALUES } from '../binder/typeNames.js';
import { valueText } from '../binder/valueText.js';
import type { EngineServices } from '../cmdlet.js';
import { PSArrayList } from '../runtime/values.js';

export type ActionPreference = 'SilentlyContinue' | 'Stop' | 'Continue' | 'Inquire' | 'Ignore' | 'Suspend';

export interface Preferences {
  error: ActionPreference;
  warning: ActionPreference;
  verbose: ActionPreference;
  debug: ActionPreference;
}

/** The values as 5.1 spells them, for the common case of a preference variable holding one of them. */
const SPELLED = new Set<unknown>(ACTION_PREFERENCE_VALUES);

function toPreference(v: unknown, fallback: ActionPreference): ActionPreference {
  if (v === null || v === undefined || v === '') return fallback;
  if (SPELLED.has(v)) return v as ActionPreference;
  const m = matchEnum(isNumeric(v) ? toDoubleValue(v) : valueText(v), ACTION_PREFERENCE_VALUES);
  return m.ok ? (m.value as ActionPreference) : fallback;
}

/** A switch bound to true means `on` (-Verbose: Continue, -Debug: Inquire), bound to false SilentlyContinue. */
function switchPreference(params: Record<string, unknown>, bound: ReadonlySet<string>, name: string, on: ActionPreference = 'Continue'): ActionPreference | undefined {
  if (!bound.has(name)) return undefined;
  return params[name] ? on : 'SilentlyContinue';
}

export function readPreferences(params: Record<string, unknown>, bound: ReadonlySet<string>, services: EngineServices): Preferences {
  const variable = (name: string) => {
    try {
      return services.getVariable(name);
    } catch {
      return undefined;
    }
  };
  return {
    error: bound.has('ErrorAction') ? toPreference(params.ErrorAction, 'Continue') : toPreference(variable('ErrorActionPreference'), 'Continue'),
    warning: bound.has('WarningAction') ? toPreference(params.WarningAction, 'Continue') : toPreference(variable('WarningPreference'), 'Continue'),
    verbose: switchPreference(params, bound, 'Verbose') ?? toPreference(variable('VerbosePreference'), 'SilentlyContinue'),
    // -Debug means Inquire in Windows PowerShell 5.1: Write-Debug shows its text and asks whether to go on.
    debug: switchPreference(params, bound, 'Debug', 'Inquire') ?? toPreference(variable('DebugPreference'), 'SilentlyContinue'),
  };
}

/**
 * A collecting variable (`-ErrorVariable e`, `-ErrorVariable +e`): a fresh ArrayList, or with `+` the existing
 * list (or a list holding the variable's current items) to append to.
 */
export class CollectingVariable {
  private readonly list: PSArrayList;

  private constructor(list: PSArrayList) {
    this.list = list;
  }

  static open(spec: unknown, services: EngineServices): CollectingVariable | null {
    if (spec === null || spec === undefined) return null;
    let name = valueText(spec).trim();
    if (!name) return null;
    const append = name.startsWith('+');
    if (append) name = name.slice(1);
    let list = new PSArrayList();
    if (append) {
      const current = safeGet(services, name);
      if (current instanceof PSArrayList) list = current;
      else if (Array.isArray(current)) list = new PSArrayList([...current]);
      else if (current !== null && current !== undefined) list = new PSArrayList([current]);
    }
    services.setVariable(name, list);
    return new CollectingVariable(list);
  }

  add(item: unknown): void {
    this.list.items.push(item);
  }
}

function safeGet(services: EngineServices, name: string): unknown {
  try {
    return services.getVariable(name);
  } catch {
    return undefined;
  }
}
