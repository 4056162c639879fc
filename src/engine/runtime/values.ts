// Runtime values. PowerShell values map onto JavaScript as follows:
//   $null -> null, [bool] -> boolean, [int]/[long]/[double]/[decimal] -> number, [string] -> string,
//   object[] -> JavaScript array, [datetime] -> Date, [hashtable]/[ordered] -> PSHashtable,
//   PSObject / Cs configuration objects -> PSObject, script blocks -> ScriptBlockValue,
//   [timespan] -> TimeSpan, ArrayList / List[T] -> PSArrayList, SecureString / PSCredential -> classes below.
// Enum-valued properties of Cs objects are plain strings (their enumerator name).

import { DecimalNumber, TypedNumber, numberToString, numericType, plainIfPossible } from './numbers.js';
import type { ScriptBlockAst } from '../../lang/ast.js';
import { CUSTOM_OBJECT_TYPE, madeChain, SYSTEM_OBJECT_TYPE } from './typeNameChain.js';

export interface PSProperty {
  name: string;
  value: unknown;
  /** NoteProperty (default), or a computed property whose value is produced on read. */
  getter?: () => unknown;
  /** Read-only properties refuse assignment ("'X' is a ReadOnly property."). */
  readOnly?: boolean;
  /** A computed property that takes assignments (an alias writes its target, a script property runs its setter). */
  setter?: (value: unknown) => unknown;
  /** A computed property that runs a script block when the evaluator reads it (a script property that is not a plain expression). */
  asyncGetter?: () => Promise<unknown>;
  /** Added by Add-Member as another kind of member than a note property: how Get-Member lists it. */
  memberType?: 'AliasProperty' | 'ScriptMethod' | 'ScriptProperty';
  definition?: string;
}

/**
 * An object with an ordered, case-insensitive property bag and a list of type names (most derived first),
 * like PowerShell's PSObject. Cs configuration objects, users, topology objects, certificate references,
 * [pscustomobject]@{...} and Select-Object output are all PSObjects.
 *
 * How an object is made decides what it is: made with PSCustomObject among its names (or with none)
 * it is a custom object, otherwise an emulated .NET object; typeNameChain.ts completes the chain.
 */
export class PSObject {
  /** True for a custom object, false for an emulated .NET object. */
  readonly isCustom: boolean;
  /** The chain the object was made with: its .NET type, which GetType(), `-is` and conversions read. */
  readonly originalTypeNames: readonly string[];
  /** The chain once changed (TypeNames.Insert, Add-Member -TypeName); until then the original one. */
  private changedTypeNames: string[] | undefined;
  private bag: Map<string, PSProperty> | undefined;

  constructor(typeNames: string | string[] = CUSTOM_OBJECT_TYPE, properties?: Record<string, unknown> | [string, unknown][]) {
    const made = madeChain(Array.isArray(typeNames) ? typeNames : [typeNames]);
    this.isCustom = made.custom;
    this.originalTypeNames = made.names;
    if (properties) {
      const entries = Array.isArray(properties) ? properties : Object.entries(properties);
      for (const [k, v] of entries) this.add(k, v);
    }
  }

  /** The type names, most derived first, as `.PSObject.TypeNames` shows them now. */
  get typeNames(): readonly string[] {
    return this.changedTypeNames ?? this.originalTypeNames;
  }

  /** The chain as a list this object owns: changing it changes what every reader of `typeNames` sees. */
  editableTypeNames(): string[] {
    return (this.changedTypeNames ??= [...this.originalTypeNames]);
  }

  /** The .NET type GetType() reports: PSCustomObject for any custom object, whatever names it carries. */
  get dotNetType(): string {
    return this.isCustom ? CUSTOM_OBJECT_TYPE : (this.originalTypeNames[0] ?? SYSTEM_OBJECT_TYPE);
  }

  /** The property bag, built on first use (a LazyPSObject fills it from its source then). */
  private get props(): Map<string, PSProperty> {
    return (this.bag ??= this.initialProperties());
  }

  /** Properties the bag starts with. */
  protected initialProperties(): Map<string, PSProperty> {
    return new Map();
  }

  /** True once the bag exists (a LazyPSObject reads its source until then). */
  protected get built(): boolean {
    return this.bag !== undefined;
  }

  /** The most derived type name (what Get-Member and the formatter key on). */
  get typeName(): string {
    return this.typeNames[0] ?? this.dotNetType;
  }

  /** Adds (or replaces, keeping its place) a property. */
  add(name: string, value: unknown, options: { readOnly?: boolean } = {}): this {
    const key = name.toLowerCase();
    const existing = this.props.get(key);
    if (existing) {
      existing.value = value;
      existing.getter = undefined;
    } else {
      this.props.set(key, { name, value, readOnly: options.readOnly });
    }
    return this;
  }

  addComputed(name: string, getter: () => unknown): this {
    this.props.set(name.toLowerCase(), { name, value: undefined, getter, readOnly: true });
    return this;
  }

  has(name: string): boolean {
    return this.props.has(name.toLowerCase());
  }

  getProperty(name: string): PSProperty | undefined {
    return this.props.get(name.toLowerCase());
  }

  /** Property value, or undefined when there is no such property (PowerShell then yields $null). */
  get(name: string): unknown {
    const p = this.props.get(name.toLowerCase());
    if (!p) return undefined;
    return p.getter ? p.getter() : p.value;
  }

  /** Assigns an existing property; returns false when it does not exist. Throws on read-only ones. */
  set(name: string, value: unknown): boolean {
    const p = this.props.get(name.toLowerCase());
    if (!p) return false;
    if (p.setter) {
      void p.setter(value);
      return true;
    }
    if (p.readOnly || p.getter) throw new Error(`'${p.name}' is a ReadOnly property.`);
    p.value = value;
    return true;
  }

  remove(name: string): void {
    this.props.delete(name.toLowerCase());
  }

  /** Properties in display order. */
  properties(): PSProperty[] {
    return [...this.props.values()];
  }

  propertyNames(): string[] {
    return this.properties().map((p) => p.name);
  }

  /** A deep-enough copy: same kind and type names (a list of its own), same property order, values copied (arrays cloned). */
  clone(): PSObject {
    // Made with its original chain, the copy is of the same kind and .NET type.
    const copy = new PSObject([...this.originalTypeNames]);
    if (this.changedTypeNames) copy.changedTypeNames = [...this.changedTypeNames];
    for (const p of this.properties()) {
      if (p.getter) copy.addComputed(p.name, p.getter);
      else copy.add(p.name, Array.isArray(p.value) ? [...p.value] : p.value, { readOnly: p.readOnly });
    }
    return copy;
  }
}

/** How a LazyPSObject reads its properties: names in display order, a reader per lower-case name. */
export class PropertySchema<S> {
  readonly names: readonly string[];
  private readonly readers = new Map<string, { name: string; read: (source: S) => unknown }>();

  constructor(properties: readonly (readonly [string, (source: S) => unknown])[]) {
    this.names = properties.map(([name]) => name);
    for (const [name, read] of properties) this.readers.set(name.toLowerCase(), { name, read });
  }

  reader(name: string): { name: string; read: (source: S) => unknown } | undefined {
    return this.readers.get(name.toLowerCase());
  }
}

/**
 * A PSObject whose note properties are read from a source (a stored row) when asked, so listing 100k
 * users keeps one small object per user. The first change (or Add-Member) copies every property into
 * the object's own bag; until then nothing but the source is kept.
 */
export class LazyPSObject<S> extends PSObject {
  constructor(
    typeNames: string[],
    private readonly source: S,
    private readonly schema: PropertySchema<S>,
  ) {
    super(typeNames);
  }

  protected override initialProperties(): Map<string, PSProperty> {
    const bag = new Map<string, PSProperty>();
    for (const name of this.schema.names) bag.set(name.toLowerCase(), { name, value: this.schema.reader(name)!.read(this.source) });
    return bag;
  }

  override has(name: string): boolean {
    return this.built ? super.has(name) : this.schema.reader(name) !== undefined;
  }

  override getProperty(name: string): PSProperty | undefined {
    if (this.built) return super.getProperty(name);
    const r = this.schema.reader(name);
    return r ? { name: r.name, value: r.read(this.source) } : undefined;
  }

  override get(name: string): unknown {
    if (this.built) return super.get(name);
    return this.schema.reader(name)?.read(this.source);
  }

  override properties(): PSProperty[] {
    if (this.built) return super.properties();
    return this.schema.names.map((name) => ({ name, value: this.schema.reader(name)!.read(this.source) }));
  }

  override propertyNames(): string[] {
    return this.built ? super.propertyNames() : [...this.schema.names];
  }
}

/** PowerShell hashtable: case-insensitive string keys (other keys compared by value), insertion order kept. */
export class PSHashtable {
  private readonly map = new Map<unknown, { key: unknown; value: unknown }>();

  constructor(readonly ordered = false) {}

  private static norm(key: unknown): unknown {
    if (typeof key === 'string') return key.toLowerCase();
    // A boxed number is a key by type and value, as .NET's Equals compares them (1l and 1 differ).
    if (key instanceof TypedNumber && typeof plainIfPossible(key) === 'number') return key.value;
    if (key instanceof TypedNumber || key instanceof DecimalNumber) return `\u0000${numericType(key)}:${numberToString(key)}`;
    return key;
  }

  set(key: unknown, value: unknown): void {
    const k = PSHashtable.norm(key);
    const e = this.map.get(k);
    if (e) e.value = value;
    else this.map.set(k, { key, value });
  }

  /** Like Hashtable.Add: fails on a duplicate key. Returns false instead of throwing. */
  add(key: unknown, value: unknown): boolean {
    const k = PSHashtable.norm(key);
    if (this.map.has(k)) return false;
    this.map.set(k, { key, value });
    return true;
  }

  get(key: unknown): unknown {
    return this.map.get(PSHashtable.norm(key))?.value;
  }

  has(key: unknown): boolean {
    return this.map.has(PSHashtable.norm(key));
  }

  delete(key: unknown): void {
    this.map.delete(PSHashtable.norm(key));
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }

  keys(): unknown[] {
    return [...this.map.values()].map((e) => e.key);
  }

  values(): unknown[] {
    return [...this.map.values()].map((e) => e.value);
  }

  entries(): [unknown, unknown][] {
    return [...this.map.values()].map((e) => [e.key, e.value]);
  }

  clone(): PSHashtable {
    const h = new PSHashtable(this.ordered);
    for (const [k, v] of this.entries()) h.set(k, v);
    return h;
  }
}

/** System.Collections.ArrayList and System.Collections.Generic.List[T]: a growable list passed by reference. */
export class PSArrayList {
  constructor(
    public items: unknown[] = [],
    /** e.g. `System.Collections.ArrayList` or `System.Collections.Generic.List[string]`. */
    readonly typeName = 'System.Collections.ArrayList',
  ) {}
}

/** A script block value: `{ ... }`. `scope` is the scope it was created in (for closures, dot-sourcing). */
export class ScriptBlockValue {
  constructor(
    readonly ast: ScriptBlockAst,
    /** Source text between the braces. */
    readonly text: string,
    readonly scope?: unknown,
  ) {}

  toString(): string {
    return this.text;
  }
}

/** System.TimeSpan, kept in ticks (100 ns) as PowerShell prints `hh:mm:ss.fffffff`. */
export class TimeSpan {
  constructor(readonly ticks: number) {}

  static fromMilliseconds(ms: number): TimeSpan {
    return new TimeSpan(Math.round(ms * 10_000));
  }

  get totalMilliseconds(): number {
    return this.ticks / 10_000;
  }

  /** The sign and the days, hours, minutes and remaining ticks (under a second) of the interval. */
  parts(): { negative: boolean; days: number; hours: number; minutes: number; seconds: number; ticks: number } {
    let t = Math.abs(this.ticks);
    const take = (unit: number) => {
      const n = Math.floor(t / unit);
      t -= n * unit;
      return n;
    };
    const days = take(864_000_000_000);
    const hours = take(36_000_000_000);
    const minutes = take(600_000_000);
    const seconds = take(10_000_000);
    return { negative: this.ticks < 0, days, hours, minutes, seconds, ticks: t };
  }

  toString(): string {
    const { negative, days, hours, minutes, seconds, ticks } = this.parts();
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    return `${negative ? '-' : ''}${days ? `${days}.` : ''}${pad(hours)}:${pad(minutes)}:${pad(seconds)}${ticks ? `.${pad(ticks, 7)}` : ''}`;
  }
}

/** System.Security.SecureString. The text is kept only in memory and never rendered. */
export class SecureString {
  constructor(private readonly secret: string) {}
  get length(): number {
    return this.secret.length;
  }
  /** Only for code that genuinely needs the secret (e.g. a PFX password). */
  reveal(): string {
    return this.secret;
  }
  toString(): string {
    return 'System.Security.SecureString';
  }
}

/** System.Management.Automation.PSCredential */
export class PSCredential {
  constructor(
    readonly userName: string,
    readonly password: SecureString,
  ) {}
  toString(): string {
    return 'System.Management.Automation.PSCredential';
  }
}

/** PowerShell's `[switch]` value (SwitchParameter). Binders store plain booleans; this exists for `-is [switch]`. */
export class SwitchParameter {
  constructor(readonly isPresent: boolean) {}
  toString(): string {
    return this.isPresent ? 'True' : 'False';
  }
}

/** A value that means "no output" (AutomationNull): a pipeline that wrote nothing. */
export const AutomationNull: unique symbol = Symbol('AutomationNull');
