// One table per emulated .NET type: each member declared once, with what Get-Member shows (name,
// member type, definition) next to its implementation. The evaluator's method calls and property
// reads, Get-Member and tab completion all read the same table, so a listed member always works and
// a working member is always listed.

import type { ScriptBlockValue } from './values.js';

/** Returned by a method table when it has no such method (or no overload takes the arguments). */
export const NO_METHOD: unique symbol = Symbol('NoMethod');

/**
 * What a member needs from the running evaluator: a script block's Invoke runs it. The evaluator
 * passes itself (its services satisfy this), so the tables never import the evaluator.
 */
export interface MemberCallContext {
  readonly services: { invokeScriptBlock(block: ScriptBlockValue, options: { args: unknown[] }): Promise<unknown[]> };
}

/** A method's implementation; `ctx` is absent when a caller outside the evaluator calls (a string method of a Cs object). */
type Call<T> = (target: T, args: unknown[], ctx?: MemberCallContext) => unknown;

export type MemberType = 'Method' | 'Property' | 'ParameterizedProperty' | 'AliasProperty' | 'NoteProperty' | 'ScriptProperty' | 'ScriptMethod' | 'CodeProperty';

/** One row of Get-Member's table. */
export interface MemberInfo {
  name: string;
  memberType: MemberType;
  definition: string;
}

interface MethodEntry<T> {
  name: string;
  memberType: 'Method' | 'ParameterizedProperty';
  definition: string;
  call: Call<T>;
}

interface PropertyEntry<T> {
  name: string;
  memberType: MemberType;
  definition: string;
  get: (target: T) => unknown;
  set?: (target: T, value: unknown) => void;
}

export class MemberTable<T> {
  private readonly methods = new Map<string, MethodEntry<T>>();
  private readonly properties = new Map<string, PropertyEntry<T>>();

  /** A method; `call` returns NO_METHOD when no overload takes the arguments. */
  method(name: string, definition: string, call: Call<T>): this {
    this.methods.set(name.toLowerCase(), { name, memberType: 'Method', definition, call });
    return this;
  }

  /** A property read with arguments (`$s.Chars(0)`): called as a method, listed as ParameterizedProperty. */
  parameterized(name: string, definition: string, call: Call<T>): this {
    this.methods.set(name.toLowerCase(), { name, memberType: 'ParameterizedProperty', definition, call });
    return this;
  }

  /** A read-only property: `type` is the short .NET type name Get-Member shows (`int`, `string`, …). */
  property(name: string, type: string, get: (target: T) => unknown): this {
    return this.member(name, 'Property', `${type} ${name} {get;}`, get);
  }

  /** A read-write property: `set` receives the value as assigned (it converts it as .NET's setter would take it). */
  settable(name: string, type: string, get: (target: T) => unknown, set: (target: T, value: unknown) => void): this {
    this.properties.set(name.toLowerCase(), { name, memberType: 'Property', definition: `${type} ${name} {get;set;}`, get, set });
    return this;
  }

  /** A property with its own member type and definition (`Count = Length` for an AliasProperty). */
  member(name: string, memberType: MemberType, definition: string, get: (target: T) => unknown): this {
    this.properties.set(name.toLowerCase(), { name, memberType, definition, get });
    return this;
  }

  /** The result of `target.Name(args)`, or NO_METHOD when the type has no such method. */
  call(target: T, lowerName: string, args: unknown[], ctx?: MemberCallContext): unknown {
    const m = this.methods.get(lowerName);
    return m ? m.call(target, args, ctx) : NO_METHOD;
  }

  hasProperty(lowerName: string): boolean {
    return this.properties.has(lowerName);
  }

  /** The property's value, or undefined when the type has no such property. */
  read(target: T, lowerName: string): unknown {
    return this.properties.get(lowerName)?.get(target);
  }

  /**
   * Assigns `target.Name = value`: 'set' when done, 'readonly' when the property cannot be set,
   * 'missing' when the type has no such property.
   */
  write(target: T, lowerName: string, value: unknown): 'set' | 'readonly' | 'missing' {
    const p = this.properties.get(lowerName);
    if (!p) return 'missing';
    if (!p.set) return 'readonly';
    p.set(target, value);
    return 'set';
  }

  /** Properties in declaration order, as `Select-Object *` lists them. */
  propertyNames(): string[] {
    return [...this.properties.values()].map((p) => p.name);
  }

  /** Every member as Get-Member lists it. */
  list(): MemberInfo[] {
    return [
      ...[...this.methods.values()].map((m): MemberInfo => ({ name: m.name, memberType: m.memberType, definition: m.definition })),
      ...[...this.properties.values()].map((p): MemberInfo => ({ name: p.name, memberType: p.memberType, definition: p.definition })),
    ];
  }
}
