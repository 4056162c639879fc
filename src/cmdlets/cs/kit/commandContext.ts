// What every Skype for Business handler reads from its context: the store, bound parameters by name,
// and identities given as text or as objects piped in.

import type { CmdletContext } from '../../../engine/cmdlet.js';
import { PSObject, ScriptBlockValue } from '../../../engine/runtime/values.js';

export { storeOf } from '../../storeAccess.js';

/** The computer the shell acts on: the Enter-PSSession target, else the local computer (as written). */
export function sessionComputer(ctx: CmdletContext): string {
  return ctx.engine.session.remoteComputer ?? ctx.engine.session.localComputer;
}

/** Whether a parameter was bound, its name in any case. */
export function isBound(ctx: CmdletContext, name: string): boolean {
  const n = name.toLowerCase();
  for (const b of ctx.bound) if (b.toLowerCase() === n) return true;
  return false;
}

/** A bound parameter's value, its name in any case. */
export function param(ctx: CmdletContext, name: string): unknown {
  if (name in ctx.params) return ctx.params[name];
  const n = name.toLowerCase();
  const key = Object.keys(ctx.params).find((k) => k.toLowerCase() === n);
  return key === undefined ? undefined : ctx.params[key];
}

/** The property of a piped object that names it, in the order the identity parameters read them. */
const NAMING_PROPERTIES = ['Identity', 'SipAddress', 'Name', 'Fqdn'];

/**
 * The text of an identity-like parameter: a string, or an object piped in (its Identity, else
 * SipAddress, else Name, else Fqdn property). Undefined when not given.
 */
export function identityText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return identityText(value[0]);
  if (value instanceof PSObject) {
    for (const p of NAMING_PROPERTIES) {
      const v = value.get(p);
      if (v !== undefined && v !== null && v !== '') return String(v);
    }
    return undefined;
  }
  if (value instanceof ScriptBlockValue) return value.text;
  return String(value);
}

/** A parameter value as a string (or undefined when absent / $null). */
export function stringParam(ctx: CmdletContext, name: string): string | undefined {
  return identityText(ctx.params[name]);
}

/** Enum-array parameter values as strings (the binder gives enumerator names). */
export function stringList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((v) => String(v).split(',')).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** `-ResultSize` (Unlimited): a number, or undefined for Unlimited / not given. */
export function resultSizeParam(ctx: CmdletContext): number | undefined {
  const v = ctx.params.ResultSize;
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return v;
  const text = String(v);
  if (/^unlimited$/i.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

export { hasWildcardCharacters as hasWildcard, wildcardMatch } from '../../../engine/runtime/wildcard.js';
