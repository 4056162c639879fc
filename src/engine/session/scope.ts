// Variable and function scopes: global → script → function/script-block scopes, with PowerShell's
// dynamic scoping (a new scope's parent is the caller's scope), `$private:` hiding from children,
// and read-only / constant variables.

import { ErrorRecord, PSRuntimeError } from '../errors.js';
import type { FunctionDefinitionAst } from '../../lang/ast.js';
import type { CmdletMetadata } from '../commandMetadata.js';

export type ScopeKind = 'global' | 'script' | 'function' | 'local';

export interface Variable {
  name: string;
  value: unknown;
  readOnly?: boolean;
  constant?: boolean;
  /** `$private:x`: visible only in the scope that defined it. */
  private?: boolean;
  /** `-Visibility Private` (shown by Get-Variable; the emulator has one runspace, so it hides nothing) [I]. */
  visibility?: 'Public' | 'Private';
  /** `-Option AllScope`: one variable shared by the defining scope and every scope below it. */
  allScope?: boolean;
  /** Automatic variables computed on read ($PWD, $Host.UI…). */
  getter?: () => unknown;
  description?: string;
}

export interface ScriptFunction {
  name: string;
  isFilter: boolean;
  ast: FunctionDefinitionAst;
  /** Built lazily from the param block. */
  metadata?: CmdletMetadata;
}

export class Scope {
  readonly vars = new Map<string, Variable>();
  functions?: Map<string, ScriptFunction>;
  /** The script scope this scope belongs to (for `$script:`). */
  readonly script: Scope;

  constructor(
    readonly parent: Scope | null,
    readonly kind: ScopeKind,
  ) {
    this.script = kind === 'script' || kind === 'global' || !parent ? this : parent.script;
  }

  get global(): Scope {
    let s: Scope = this;
    while (s.parent) s = s.parent;
    return s;
  }

  /** Finds a visible variable: this scope, then ancestors (skipping their private variables). */
  lookup(lowerName: string): Variable | undefined {
    const own = this.vars.get(lowerName);
    if (own) return own;
    for (let s = this.parent; s; s = s.parent) {
      const v = s.vars.get(lowerName);
      if (v && !v.private) return v;
    }
    return undefined;
  }

  /** Assigns in this scope (creating a local variable, as PowerShell does on assignment). */
  set(name: string, value: unknown, options: Partial<Variable> = {}): Variable {
    const key = name.toLowerCase();
    const existing = this.own(key);
    if (existing) {
      if (existing.constant || existing.readOnly) throw readOnlyVariable(existing.name);
      existing.value = value;
      return existing;
    }
    const v: Variable = { name, value, ...options };
    this.vars.set(key, v);
    return v;
  }

  /** This scope's variable, or an ancestor's AllScope one (which every scope below it shares). */
  own(lowerName: string): Variable | undefined {
    const v = this.vars.get(lowerName);
    if (v) return v;
    for (let s = this.parent; s; s = s.parent) {
      const v = s.vars.get(lowerName);
      if (v) return v.allScope ? v : undefined;
    }
    return undefined;
  }

  /**
   * The scope a `-Scope` argument names: Global, Script, Local (or Private), or a number counting up
   * from this scope (0 = this one). Throws PowerShell's errors for an unknown name or too big a number.
   */
  at(spec: string): Scope {
    const lower = spec.trim().toLowerCase();
    if (lower === 'global') return this.global;
    if (lower === 'script') return this.script;
    if (lower === 'local' || lower === 'private') return this;
    if (!/^\d+$/.test(lower)) throw scopeError(`The scope "${spec}" could not be found.`, 'ArgumentException', spec); // [I] wording
    let s: Scope = this;
    for (let n = Number(lower); n > 0; n--) {
      if (!s.parent) throw scopeError(`The scope number '${lower}' exceeds the number of active scopes.`, 'ArgumentOutOfRangeException', spec);
      s = s.parent;
    }
    return s;
  }

  remove(name: string): boolean {
    const key = name.toLowerCase();
    for (let s: Scope | null = this; s; s = s.parent) {
      const v = s.vars.get(key);
      if (v) {
        if (v.constant) throw readOnlyVariable(v.name);
        s.vars.delete(key);
        return true;
      }
    }
    return false;
  }

  lookupFunction(lowerName: string): ScriptFunction | undefined {
    for (let s: Scope | null = this; s; s = s.parent) {
      const f = s.functions?.get(lowerName);
      if (f) return f;
    }
    return undefined;
  }

  defineFunction(fn: ScriptFunction): void {
    (this.functions ??= new Map()).set(fn.name.toLowerCase(), fn);
  }

  allFunctions(): ScriptFunction[] {
    const seen = new Map<string, ScriptFunction>();
    for (let s: Scope | null = this; s; s = s.parent) for (const [k, f] of s.functions ?? []) if (!seen.has(k)) seen.set(k, f);
    return [...seen.values()];
  }
}

export function readOnlyVariable(name: string): PSRuntimeError {
  return new PSRuntimeError(
    new ErrorRecord({
      message: `Cannot overwrite variable ${name} because it is read-only or constant.`,
      category: 'WriteError',
      errorId: 'VariableNotWritable',
      targetObject: name,
      exceptionType: 'System.Management.Automation.SessionStateUnauthorizedAccessException',
    }),
  );
}

function scopeError(message: string, exception: string, target: string): PSRuntimeError {
  return new PSRuntimeError(
    new ErrorRecord({
      message,
      category: 'InvalidArgument',
      errorId: exception === 'ArgumentOutOfRangeException' ? 'ArgumentOutOfRange' : 'Argument',
      targetObject: target,
      exceptionType: `System.Management.Automation.PS${exception}`,
    }),
  );
}
