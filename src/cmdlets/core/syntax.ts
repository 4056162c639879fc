// Syntax lines generated from cmdlet metadata, one per parameter set, the way PowerShell's help and
// `Get-Command -Syntax` print them:
//   Get-CsXmppAllowedPartner [[-Identity] <XdsGlobalRelativeIdentity>] [-LocalStore] [<CommonParameters>]

import type { CmdletMetadata, ParameterMetadata } from '../../engine/cmdlet.js';

const ALL = '__AllParameterSets';
const SHOULD_PROCESS = new Set(['whatif', 'confirm']);

/** Parameters that only exist in the online service are not part of the on-premises cmdlet. */
export function appliesOnPremises(p: ParameterMetadata): boolean {
  if (!p.applicable || p.applicable.length === 0) return true;
  return p.applicable.some((a) => /server|lync/i.test(a));
}

export interface SyntaxOptions {
  /** `{A | B}` for enumerations and ValidateSet values (Get-Command -Syntax), else `<Type>`. */
  enumBraces?: boolean;
  enums?: Record<string, string[]>;
}

function typeText(p: ParameterMetadata, options: SyntaxOptions): string {
  const values = p.validateSet ?? (p.enum ? options.enums?.[p.enum] : undefined);
  if (options.enumBraces && values && values.length) return `{${values.join(' | ')}}${p.isArray ? '[]' : ''}`;
  return `<${p.type}${p.isArray ? '[]' : ''}>`;
}

function membership(p: ParameterMetadata, set: string) {
  return p.sets[set] ?? p.sets[ALL];
}

export function parameterSyntax(p: ParameterMetadata, set: string, options: SyntaxOptions = {}): string {
  const m = membership(p, set)!;
  if (p.isSwitch) return m.required ? `-${p.name}` : `[-${p.name}]`;
  const name = m.position !== null && m.position !== undefined ? `[-${p.name}]` : `-${p.name}`;
  const body = `${name} ${typeText(p, options)}`;
  return m.required ? body : `[${body}]`;
}

/**
 * Parameter sets in display order: the default set first, then the others as declared. [I] Without a
 * default set, sets taking a positional argument come first (Identity before Filter).
 */
export function orderedSets(meta: CmdletMetadata): string[] {
  const sets = meta.parameterSets.length ? [...meta.parameterSets] : [ALL];
  const d = meta.defaultParameterSet;
  if (d && sets.includes(d)) return [d, ...sets.filter((s) => s !== d)];
  const positional = (s: string) => meta.parameters.some((p) => p.sets[s]?.position != null);
  return [...sets.filter(positional), ...sets.filter((s) => !positional(s))];
}

/** Parameters of one set in PowerShell's order: positional by position, then mandatory, then the rest; -WhatIf/-Confirm last. */
export function setParameters(meta: CmdletMetadata, set: string): ParameterMetadata[] {
  const inSet = meta.parameters.filter((p) => membership(p, set) && appliesOnPremises(p));
  const positional = inSet.filter((p) => membership(p, set)!.position != null).sort((a, b) => membership(a, set)!.position! - membership(b, set)!.position!);
  const named = inSet.filter((p) => membership(p, set)!.position == null && !SHOULD_PROCESS.has(p.name.toLowerCase()));
  const mandatory = named.filter((p) => membership(p, set)!.required);
  const optional = named.filter((p) => !membership(p, set)!.required);
  const tail = inSet.filter((p) => SHOULD_PROCESS.has(p.name.toLowerCase()) && membership(p, set)!.position == null);
  return [...positional, ...mandatory, ...optional, ...tail];
}

export function syntaxLines(meta: CmdletMetadata, options: SyntaxOptions = {}): string[] {
  return orderedSets(meta).map((set) => {
    const parts = setParameters(meta, set).map((p) => parameterSyntax(p, set, options));
    return [meta.name, ...parts, '[<CommonParameters>]'].join(' ');
  });
}
