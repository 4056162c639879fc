// The one builder of ParameterMetadata: the common parameters, -WhatIf/-Confirm, script functions'
// param() blocks, the core cmdlets' specs and the lab commands all describe a parameter through it, so
// the defaults (no alias, not an array, optional, named, no pipeline input) are stated once.

import type { ParameterMetadata, ParameterSetMembership, PipelineInput } from './commandMetadata.js';

/** The set a parameter belongs to when its command declares no parameter sets. */
export const ALL_PARAMETER_SETS = '__AllParameterSets';

const SWITCH_TYPE = /^(switch|switchparameter|system\.management\.automation\.switchparameter)$/i;

type OptionalFields = Omit<ParameterMetadata, 'name' | 'type' | 'isArray' | 'isSwitch' | 'aliases' | 'sets' | 'pipeline'>;

export interface ParameterOptions extends OptionalFields {
  name: string;
  /** Catalog type name (`String`, `SwitchParameter`, `Int32`, an enum name…); a switch is recognised from it. */
  type: string;
  isArray?: boolean;
  aliases?: string[];
  /** Membership per parameter set, when it differs between sets. */
  sets?: Record<string, ParameterSetMembership>;
  /** Without `sets`: the sets it belongs to (default: all) … */
  inSets?: string[];
  /** … and whether it is mandatory and its position there (default: optional, named). */
  required?: boolean;
  position?: number | null;
  pipeline?: PipelineInput;
}

/** A parameter's metadata, with the defaults filled in; optional fields left undefined are omitted. */
export function parameter(options: ParameterOptions): ParameterMetadata {
  const { name, type, isArray = false, aliases = [], sets, inSets = [ALL_PARAMETER_SETS], required = false, position = null, pipeline = 'False', ...rest } = options;
  const membership = sets ?? Object.fromEntries(inSets.map((s) => [s, { required, position }]));
  const extra = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as OptionalFields;
  return { name, type, isArray, isSwitch: SWITCH_TYPE.test(type), aliases, sets: membership, pipeline, ...extra };
}

/** An optional switch such as -WhatIf, -Force or -Verbose, in the given sets (default: all). */
export function switchParameter(name: string, aliases: string[] = [], inSets?: string[]): ParameterMetadata {
  return parameter({ name, type: 'SwitchParameter', aliases, inSets });
}
