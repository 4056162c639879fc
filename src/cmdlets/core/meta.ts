// A compact way to write core cmdlet metadata in the catalog's shape (parameter sets, positions,
// pipeline flags), so the binder, Get-Help and Get-Command read it exactly like the Cs catalog.

import type { CmdletDefinition, CmdletImplementation, CmdletMetadata, ParameterMetadata, PipelineInput } from '../../engine/cmdlet.js';
import { cmdletDefinition } from '../../catalog/registry.js';
import { parameter, switchParameter } from '../../engine/parameterMetadata.js';

export const UTILITY = 'Microsoft.PowerShell.Utility';
export const MANAGEMENT = 'Microsoft.PowerShell.Management';
export const CORE = 'Microsoft.PowerShell.Core';
export const SECURITY = 'Microsoft.PowerShell.Security';

const ALL = '__AllParameterSets';

export interface ParamSpec {
  type?: string;
  array?: boolean;
  aliases?: string[];
  /** Set name → [mandatory, position]; omitted = every set of the cmdlet, named, optional. */
  sets?: Record<string, [boolean, number | null]>;
  /** Shorthand for a single-set cmdlet: mandatory flag. */
  mandatory?: boolean;
  /** Shorthand for a single-set cmdlet: position. */
  position?: number;
  pipeline?: PipelineInput;
  validateSet?: string[];
  wildcards?: boolean;
  /** ValueFromRemainingArguments. */
  remaining?: boolean;
  /** [AllowNull()] and [AllowEmptyCollection()] of a mandatory parameter. */
  allowNull?: boolean;
  allowEmptyCollection?: boolean;
  allowEmptyString?: boolean;
  /** Takes a secret its type and name do not reveal (see ParameterMetadata.secret). */
  secret?: boolean;
}

export interface CmdletSpec {
  module: string;
  defaultSet?: string;
  shouldProcess?: boolean;
  outputType?: string;
  params: Record<string, ParamSpec>;
}

/** Builds CmdletMetadata; parameters without `sets` belong to every parameter set. */
export function metadata(name: string, spec: CmdletSpec): CmdletMetadata {
  const [verb, noun] = name.split('-') as [string, string];
  const declared = new Set<string>();
  if (spec.defaultSet) declared.add(spec.defaultSet);
  for (const p of Object.values(spec.params)) for (const s of Object.keys(p.sets ?? {})) declared.add(s);
  const setNames = declared.size ? [...declared] : [ALL];
  const parameters: ParameterMetadata[] = Object.entries(spec.params).map(([pname, p]) => {
    const sets = p.sets ? Object.fromEntries(Object.entries(p.sets).map(([s, [required, position]]) => [s, { required, position }])) : undefined;
    return parameter({
      name: pname,
      type: p.type ?? 'String',
      isArray: !!p.array,
      aliases: p.aliases,
      sets,
      inSets: setNames,
      required: !!p.mandatory,
      position: p.position ?? null,
      pipeline: p.pipeline,
      wildcards: p.wildcards ?? false,
      validateSet: p.validateSet,
      ...(p.remaining ? { remainingArguments: true } : {}),
      ...(p.secret ? { secret: true } : {}),
      ...(p.allowNull ? { allowNull: true } : {}),
      ...(p.allowEmptyCollection ? { allowEmptyCollection: true } : {}),
      ...(p.allowEmptyString ? { allowEmptyString: true } : {}),
    });
  });
  if (spec.shouldProcess) parameters.push(switchParameter('WhatIf', ['wi'], setNames), switchParameter('Confirm', ['cf'], setNames));
  return {
    name,
    verb,
    noun,
    defaultParameterSet: spec.defaultSet ?? (declared.size ? setNames[0]! : null),
    parameterSets: setNames,
    supportsShouldProcess: !!spec.shouldProcess,
    parameters,
    outputType: spec.outputType ?? null,
    module: spec.module,
    className: `Microsoft.PowerShell.Commands.${verb}${noun.replace(/-/g, '')}Command`,
  };
}

/** Declares a core cmdlet: its metadata written as a CmdletSpec, joined to its implementation. */
export function define(name: string, spec: CmdletSpec, create: () => CmdletImplementation): CmdletDefinition {
  return cmdletDefinition(metadata(name, spec), create);
}
