// The parameter binder: command-line arguments -> bound, typed parameters and a parameter set, following
// Windows PowerShell 5.1 (DOMAIN.md §6). Pipeline binding lives in pipeline.ts, prompting in mandatory.ts.

import type { Extent } from '../../lang/ast.js';
import type { CmdletMetadata, CommandArgument } from '../cmdlet.js';
import type { Host } from '../host.js';
import { ScriptBlockValue } from '../runtime/values.js';
import { ConversionFailure, convertValue, isExactType } from './convert.js';
import { BindingError, msg } from './messages.js';
import { narrowSets } from './sets.js';
import { ParameterTable, type BinderParameter } from './table.js';
import { displayTypeName } from './typeNames.js';
import { valueText } from './valueText.js';
import { UnknownArgument } from './staticValue.js';

export interface BindOptions {
  /** Extent of the whole command: set and mandatory errors underline it. */
  extent?: Extent;
  /** 1-based pipeline position (for the mandatory-parameter prompt caption). */
  pipelinePosition?: number;
  /** An upstream command feeds this one: pipeline parameters may still arrive. */
  expectingInput?: boolean;
  /** When the host is interactive, missing mandatory parameters are prompted for. */
  host?: Host;
  /** A script function: conversion failures read as argument-transformation errors. */
  script?: boolean;
  /** Common parameters (-ErrorAction, …) are accepted; false for functions without [CmdletBinding()]. */
  includeCommon?: boolean;
  /** Functions without [CmdletBinding()]: arguments nothing accepts are collected instead of failing. */
  allowUnbound?: boolean;
  /**
   * Delay-bind script blocks: `-Identity { $_.SipAddress }` on a parameter that takes pipeline input is run
   * per input object (the caller evaluates them, see bindDelayedScriptBlocks).
   */
  delayBindScriptBlocks?: boolean;
}

/** Types a script block binds to as itself, so no delay-bind happens for them. */
const TAKES_SCRIPT_BLOCK: ReadonlySet<string> = new Set(['scriptblock', 'object', 'psobject', 'opaque']);

type ArgumentItem = Extract<CommandArgument, { kind: 'argument' }>;
type ParameterItem = Extract<CommandArgument, { kind: 'parameter' }>;

interface NamedPair {
  param: BinderParameter | null;
  token: ParameterItem;
  value: unknown;
  valueExtent?: Extent;
}

interface Snapshot {
  params: Record<string, unknown>;
  bound: string[];
  validSets: string[];
  /** Parameters assigned since the state was saved or last restored. */
  touched: Set<string>;
}

export class ParameterBinder {
  readonly table: ParameterTable;
  /** Bound values by canonical parameter name. The same object for the binder's life (handlers keep it). */
  readonly params: Record<string, unknown> = {};
  readonly bound = new Set<string>();
  /** Sets still possible. */
  validSets: string[];
  parameterSetName: string;
  /** Arguments nothing accepted (only with `allowUnbound`): `$args` of a simple function. */
  readonly unboundArguments: unknown[] = [];
  /** Delay-bind script blocks by parameter; the parameter holds the block until an input object arrives. */
  readonly delayBind = new Map<BinderParameter, { block: ScriptBlockValue; extent?: Extent }>();
  private snapshot: Snapshot | null = null;

  constructor(
    readonly metadata: CmdletMetadata,
    readonly options: BindOptions = {},
  ) {
    this.table = ParameterTable.for(metadata, options.includeCommon ?? true);
    this.validSets = [...this.table.sets];
    this.parameterSetName = this.table.defaultSet ?? this.table.sets[0]!;
  }

  get expectingInput(): boolean {
    return this.options.expectingInput ?? false;
  }

  /** Named, then positional binding of the command-line arguments (no set resolution, no mandatory check). */
  bindArgumentList(args: CommandArgument[]): void {
    const { named, positional } = this.pairArguments(args);
    for (const pair of named) {
      if (!pair.param) {
        if (this.options.allowUnbound) {
          this.unboundArguments.push(pair.token.text);
          continue;
        }
        throw new BindingError('NamedParameterNotFound', msg.namedParameterNotFound(pair.token.name), pair.token.extent);
      }
      this.bindNamed(pair);
    }
    // Like PowerShell, positional binding runs before the sets are checked: with no set left, a bare argument
    // is reported as PositionalParameterNotFound first.
    this.bindPositional(positional);
    if (this.validSets.length === 0) throw new BindingError('AmbiguousParameterSet', msg.ambiguousParameterSet());
  }

  /** Splits arguments into `-Name value` pairs and bare positional arguments (MissingArgument is raised here). */
  private pairArguments(args: CommandArgument[]): { named: NamedPair[]; positional: ArgumentItem[] } {
    const named: NamedPair[] = [];
    const positional: ArgumentItem[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a.kind === 'argument') {
        positional.push(a);
        continue;
      }
      const param = this.lookup(a);
      if (!param) {
        named.push({ param: null, token: a, value: a.value });
        continue;
      }
      if (param.isSwitch) {
        named.push({ param, token: a, value: a.hasColonValue ? a.value : true, valueExtent: colonValueExtent(a) });
      } else if (a.hasColonValue) {
        named.push({ param, token: a, value: a.value, valueExtent: colonValueExtent(a) });
      } else {
        const next = args[i + 1];
        if (!next || next.kind === 'parameter') {
          throw new BindingError('MissingArgument', msg.missingArgument(param.name, displayTypeName(param.type)), a.extent);
        }
        i++;
        named.push({ param, token: a, value: next.value, valueExtent: next.extent });
      }
    }
    return { named, positional };
  }

  /** Name lookup; an unknown name is reported later, in order, by the named-binding pass. */
  private lookup(a: ParameterItem): BinderParameter | null {
    try {
      return this.table.resolve(a.name, a.extent);
    } catch (e) {
      if (e instanceof BindingError && e.errorId === 'NamedParameterNotFound') return null;
      throw e;
    }
  }

  private bindNamed(pair: NamedPair): void {
    const p = pair.param!;
    if (this.bound.has(p.name)) {
      throw new BindingError('ParameterAlreadyBound', msg.parameterAlreadyBound(p.name), pair.token.extent);
    }
    if (this.delayBound(p, pair.value, pair.valueExtent ?? pair.token.extent)) return;
    const value = this.coerce(p, pair.value, pair.valueExtent ?? pair.token.extent);
    this.assign(p, value);
  }

  /**
   * A script block for a pipeline parameter of another type is kept and evaluated per input object. Without
   * pipeline input there is nothing to evaluate it against: ScriptBlockArgumentNoInput.
   */
  private delayBound(p: BinderParameter, value: unknown, extent?: Extent): boolean {
    if (!this.options.delayBindScriptBlocks || !(value instanceof ScriptBlockValue)) return false;
    if (p.meta.pipeline === 'False' || TAKES_SCRIPT_BLOCK.has(p.type.kind)) return false;
    if (!this.expectingInput) throw new BindingError('ScriptBlockArgumentNoInput', msg.scriptBlockNoInput(p.name), extent);
    this.delayBind.set(p, { block: value, extent });
    this.assign(p, value);
    return true;
  }

  /** Stores a parameter's value (a delay-bind block's result replaces the block for one input object). */
  setValue(p: BinderParameter, value: unknown): void {
    this.snapshot?.touched.add(p.name);
    this.params[p.name] = value;
  }

  /** Stores a bound value and narrows the possible parameter sets. */
  assign(p: BinderParameter, value: unknown): void {
    this.setValue(p, value);
    this.bound.add(p.name);
    this.validSets = narrowSets(this.table, this.validSets, p);
  }

  /** Converts an argument for `p`, applying the null / empty rules of mandatory parameters. */
  coerce(p: BinderParameter, raw: unknown, extent?: Extent): unknown {
    const value = raw === undefined ? null : raw;
    const mandatory = this.isMandatory(p);
    if (value === null) {
      // PowerShell treats a switch given $null like a switch given no value: present.
      if (p.isSwitch) return true;
      if (p.type.kind === 'boolean' || (mandatory && !p.meta.allowNull)) {
        throw new BindingError('ParameterArgumentValidationErrorNullNotAllowed', msg.nullNotAllowed(p.name), extent);
      }
      if (p.type.kind === 'listModifier') return { add: [], remove: [], replace: [], isPlain: true };
      return null;
    }
    let converted: unknown;
    try {
      converted = convertValue(value, p.type, { parameterName: p.name, script: this.options.script ?? false });
    } catch (e) {
      if (e instanceof ConversionFailure) throw new BindingError(e.errorId, e.message, extent);
      throw e;
    }
    if (mandatory) this.checkNotEmpty(p, converted, extent);
    this.checkValidateSet(p, converted, extent);
    return converted;
  }

  private isMandatory(p: BinderParameter): boolean {
    return this.validSets.some((s) => this.table.setsOf(p).includes(s) && this.table.membership(p, s)?.required === true);
  }

  private checkNotEmpty(p: BinderParameter, v: unknown, extent?: Extent): void {
    const stringish = (p.type.kind === 'string' || p.type.kind === 'identity') && !p.meta.allowEmptyString;
    if (stringish && v === '') throw new BindingError('ParameterArgumentValidationErrorEmptyStringNotAllowed', msg.emptyStringNotAllowed(p.name), extent);
    if (Array.isArray(v)) {
      if (v.length === 0 && !p.meta.allowEmptyCollection) throw new BindingError('ParameterArgumentValidationErrorEmptyArrayNotAllowed', msg.emptyArrayNotAllowed(p.name), extent);
      if (stringish && v.some((e) => e === '')) {
        throw new BindingError('ParameterArgumentValidationErrorEmptyStringNotAllowed', msg.emptyStringNotAllowed(p.name), extent);
      }
    }
  }

  private checkValidateSet(p: BinderParameter, v: unknown, extent?: Extent): void {
    const set = p.meta.validateSet;
    if (!set || set.length === 0 || v instanceof UnknownArgument) return;
    for (const item of Array.isArray(v) ? v : [v]) {
      const text = valueText(item);
      if (!set.some((s) => s.toLowerCase() === text.toLowerCase())) {
        throw new BindingError('ParameterArgumentValidationError', msg.validation(p.name, msg.validateSet(text, set)), extent);
      }
    }
  }

  /**
   * Bare arguments go, in order, to the unbound positional parameters of the still-possible sets in ascending
   * position. At each position an exact-type match is tried before a conversion (PowerShell's two passes).
   */
  private bindPositional(args: ArgumentItem[]): void {
    let index = 0;
    while (index < args.length) {
      const candidates = this.nextPositionalCandidates();
      const arg = args[index]!;
      if (candidates.length === 0) {
        if (this.bindRemaining(args.slice(index))) return;
        if (this.options.allowUnbound) {
          this.unboundArguments.push(...args.slice(index).map((a) => a.value));
          return;
        }
        throw new BindingError('PositionalParameterNotFound', msg.positionalParameterNotFound(positionalText(arg)), arg.extent);
      }
      this.bindAtPosition(candidates, arg);
      index++;
    }
  }

  /**
   * ValueFromRemainingArguments: the arguments no positional parameter took go to that parameter, one value as
   * itself, several as an array (appended when it was also given by name).
   */
  private bindRemaining(rest: ArgumentItem[]): boolean {
    const p = this.table.parameters.find((x) => x.meta.remainingArguments && this.validSets.some((s) => this.table.setsOf(x).includes(s)));
    if (!p || rest.length === 0) return false;
    const values = rest.map((a) => a.value);
    if (this.bound.has(p.name)) {
      const current = this.params[p.name];
      const merged = [...(Array.isArray(current) ? current : [current]), ...values];
      this.params[p.name] = this.coerce(p, merged, rest[0]!.extent);
      return true;
    }
    this.assign(p, this.coerce(p, values.length === 1 ? values[0] : values, rest[0]!.extent));
    return true;
  }

  /** Unbound parameters at the lowest position still available, default-set members first. */
  private nextPositionalCandidates(): BinderParameter[] {
    let best: number | null = null;
    const at = new Map<number, BinderParameter[]>();
    for (const p of this.table.parameters) {
      if (this.bound.has(p.name) || p.meta.remainingArguments) continue;
      for (const s of this.validSets) {
        if (!this.table.setsOf(p).includes(s)) continue;
        const pos = this.table.membership(p, s)?.position;
        if (pos === null || pos === undefined) continue;
        const list = at.get(pos) ?? [];
        if (!list.includes(p)) list.push(p);
        at.set(pos, list);
        if (best === null || pos < best) best = pos;
      }
    }
    if (best === null) return [];
    const def = this.table.defaultSet;
    const list = at.get(best)!;
    return def ? [...list.filter((p) => this.table.setsOf(p).includes(def)), ...list.filter((p) => !this.table.setsOf(p).includes(def))] : list;
  }

  /** First a parameter the argument already fits without conversion, then the first that converts it. */
  private bindAtPosition(candidates: BinderParameter[], arg: ArgumentItem): void {
    const delayed = candidates.find((p) => this.delayBound(p, arg.value, arg.extent));
    if (delayed) return;
    const exact = candidates.find((p) => arg.value !== null && arg.value !== undefined && isExactType(arg.value, p.type));
    if (exact) {
      this.assign(exact, this.coerce(exact, arg.value, arg.extent));
      return;
    }
    let firstError: unknown = null;
    for (const p of candidates) {
      try {
        this.assign(p, this.coerce(p, arg.value, arg.extent));
        return;
      } catch (e) {
        if (!(e instanceof BindingError)) throw e;
        firstError ??= e;
      }
    }
    throw firstError;
  }

  /** Remembers the command-line state; pipeline binding starts from it for every input object. */
  saveCommandLineState(): void {
    this.snapshot = { params: { ...this.params }, bound: [...this.bound], validSets: [...this.validSets], touched: new Set() };
  }

  /**
   * Drops what the previous input object bound. Runs for every input object, so only the parameters
   * assigned since the last restore are put back (`validSets` is only ever replaced, never changed in place).
   */
  restoreCommandLineState(): void {
    const snap = this.snapshot;
    if (!snap) return;
    for (const name of snap.touched) {
      if (Object.hasOwn(snap.params, name)) this.params[name] = snap.params[name];
      else delete this.params[name];
      if (!snap.bound.includes(name)) this.bound.delete(name);
    }
    snap.touched.clear();
    this.validSets = snap.validSets;
  }
}

/**
 * `-Name:value` arrives as one element; conversion errors underline just `value`, as PowerShell does. Splatted
 * values (`-Name:` with nothing written after the colon) keep the element's extent.
 */
function colonValueExtent(a: ParameterItem): Extent | undefined {
  const ex = a.extent;
  const colon = a.text.indexOf(':');
  if (!ex || colon < 0 || colon === a.text.length - 1 || ex.line !== ex.endLine || ex.end - ex.start !== a.text.length) return ex;
  const offset = colon + 1;
  return { ...ex, start: ex.start + offset, column: ex.column + offset };
}

/** How an argument reads in "A positional parameter cannot be found that accepts argument '…'". */
function positionalText(arg: ArgumentItem): string {
  const v = arg.value;
  if (v === null || v === undefined) return arg.text ?? '';
  return valueText(v);
}
