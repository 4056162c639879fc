// The parameters a command accepts (declared + common), parameter-set membership, and name resolution
// with PowerShell's prefix / alias / ambiguity rules (DOMAIN.md §6.1, §6.2).

import type { Extent } from '../../lang/ast.js';
import { commonParameters } from '../../catalog/registry.js';
import type { CmdletMetadata, ParameterMetadata, ParameterSetMembership } from '../commandMetadata.js';
import { BindingError, msg } from './messages.js';
import { parameterType, type ParameterType } from './typeNames.js';
import { ALL_PARAMETER_SETS, switchParameter } from '../parameterMetadata.js';

export const ALL_SETS = ALL_PARAMETER_SETS;

export interface BinderParameter {
  readonly meta: ParameterMetadata;
  readonly name: string;
  readonly type: ParameterType;
  readonly isSwitch: boolean;
  readonly isCommon: boolean;
}

const SHOULD_PROCESS_PARAMETERS: ParameterMetadata[] = [switchParameter('WhatIf', ['wi']), switchParameter('Confirm', ['cf'])];

const COMMON_NAMES = new Set([...commonParameters, ...SHOULD_PROCESS_PARAMETERS].map((p) => p.name.toLowerCase()));

/**
 * When the catalog names no default set but the cmdlet follows the Get-/Set- pattern (an `Identity` set next to
 * `Filter` or `Instance`), `Identity` acts as the default set, as DOMAIN.md §6.11 describes [I].
 */
function impliedDefaultSet(metadata: CmdletMetadata): string | null {
  if (metadata.defaultParameterSet) return metadata.defaultParameterSet;
  const sets = metadata.parameterSets;
  if (sets.includes('Identity') && (sets.includes('Filter') || sets.includes('Instance'))) return 'Identity';
  return null;
}

const tables = new WeakMap<CmdletMetadata, Map<boolean, ParameterTable>>();

export class ParameterTable {
  /** The table of a command's metadata, built once per metadata object (commands in loops bind often). */
  static for(metadata: CmdletMetadata, includeCommon = true): ParameterTable {
    let byCommon = tables.get(metadata);
    if (!byCommon) tables.set(metadata, (byCommon = new Map()));
    let table = byCommon.get(includeCommon);
    if (!table) byCommon.set(includeCommon, (table = new ParameterTable(metadata, includeCommon)));
    return table;
  }

  readonly parameters: BinderParameter[];
  readonly sets: string[];
  readonly defaultSet: string | null;

  constructor(
    readonly metadata: CmdletMetadata,
    includeCommon = true,
  ) {
    const declared = metadata.parameters.filter((p) => !(includeCommon && COMMON_NAMES.has(p.name.toLowerCase())));
    const common = includeCommon ? [...commonParameters, ...(metadata.supportsShouldProcess ? SHOULD_PROCESS_PARAMETERS : [])] : [];
    this.parameters = [
      ...declared.map((meta) => entry(meta, false)),
      ...common.map((meta) => entry(meta, true)),
    ];
    const named = metadata.parameterSets.filter((s) => s !== ALL_SETS);
    this.sets = named.length ? named : [ALL_SETS];
    this.defaultSet = impliedDefaultSet(metadata);
    this.byValue = this.parameters.filter((p) => p.meta.pipeline.includes('ByValue'));
    this.byPropertyName = this.parameters.filter((p) => p.meta.pipeline.includes('ByPropertyName'));
  }

  /** Parameters that take pipeline input by value / by property name, in table order (bound once per input object). */
  readonly byValue: BinderParameter[];
  readonly byPropertyName: BinderParameter[];

  /** Membership of a parameter in one set (a parameter of `__AllParameterSets` is in every set). */
  membership(p: BinderParameter, set: string): ParameterSetMembership | undefined {
    return p.meta.sets[set] ?? p.meta.sets[ALL_SETS];
  }

  private readonly setsCache = new Map<BinderParameter, string[]>();
  private readonly mandatoryCache = new Map<string, BinderParameter[]>();

  /** Parameters mandatory in `set`, in table order (checked for every pipeline input object). */
  mandatoryIn(set: string): BinderParameter[] {
    let list = this.mandatoryCache.get(set);
    if (!list) {
      list = this.parameters.filter((p) => this.setsOf(p).includes(set) && this.membership(p, set)?.required === true);
      this.mandatoryCache.set(set, list);
    }
    return list;
  }

  /** The sets a parameter belongs to. */
  setsOf(p: BinderParameter): string[] {
    let sets = this.setsCache.get(p);
    if (!sets) {
      sets = p.meta.sets[ALL_SETS] || Object.keys(p.meta.sets).length === 0 ? this.sets : this.sets.filter((s) => p.meta.sets[s]);
      this.setsCache.set(p, sets);
    }
    return sets;
  }

  byName(name: string): BinderParameter | undefined {
    const lower = name.toLowerCase();
    return this.parameters.find((p) => p.name.toLowerCase() === lower);
  }

  /**
   * Resolves `-Name` as typed: an exact name or alias wins; otherwise a unique prefix of a name or alias;
   * among several prefix matches a single declared (non-common) parameter wins; otherwise it is ambiguous.
   */
  resolve(typed: string, extent?: Extent): BinderParameter {
    const lower = typed.toLowerCase();
    const exact =
      this.parameters.find((p) => p.name.toLowerCase() === lower) ??
      this.parameters.find((p) => p.meta.aliases.some((a) => a.toLowerCase() === lower));
    if (exact) return exact;
    const matches = this.parameters.filter(
      (p) => p.name.toLowerCase().startsWith(lower) || p.meta.aliases.some((a) => a.toLowerCase().startsWith(lower)),
    );
    if (matches.length === 1) return matches[0]!;
    if (matches.length === 0) throw new BindingError('NamedParameterNotFound', msg.namedParameterNotFound(typed), extent);
    const declared = matches.filter((p) => !p.isCommon);
    if (declared.length === 1) return declared[0]!;
    throw new BindingError('AmbiguousParameter', msg.ambiguousParameter(typed, matches.map((p) => p.name)), extent);
  }
}

function entry(meta: ParameterMetadata, isCommon: boolean): BinderParameter {
  const type = parameterType(meta);
  return { meta, name: meta.name, type, isSwitch: meta.isSwitch || type.kind === 'switch', isCommon };
}

export type { ParameterType };
