// The registry joins cmdlet metadata (data) to handlers (code).
// Cs cmdlets take their metadata from cs-cmdlets.json; core PowerShell cmdlets bring their own.

import csCatalog from './cs-cmdlets.json' with { type: 'json' };
import type { CmdletDefinition, CmdletImplementation, CmdletMetadata, ParameterMetadata } from '../engine/cmdlet.js';
import { parameter } from '../engine/parameterMetadata.js';
import { correctEnums, correctMetadata } from './corrections.js';

interface CatalogFile {
  commonParameters: string[];
  enums: Record<string, string[]>;
  cmdlets: CmdletMetadata[];
}

const catalog = csCatalog as unknown as CatalogFile;

/** Enumerator names in declaration order, by enum type name (PartnerType, CertType, …). */
export const enums: Record<string, string[]> = correctEnums(catalog.enums);

/** Full .NET names of the Cs enums (used in conversion error messages). [I] where not documented. */
export const enumFullNames: Record<string, string> = {
  PartnerType: 'Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.PartnerType',
  TlsNegotiation: 'Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.TlsNegotiation',
  SaslNegotiation: 'Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.SaslNegotiation',
  VerificationLevelType: 'Microsoft.Rtc.Management.WritableConfig.Settings.Edge.VerificationLevelType',
  CertType: 'Microsoft.Rtc.Management.Deployment.CertType',
  KeyAlgorithmIdentifier: 'Microsoft.Rtc.Management.Deployment.KeyAlgorithmIdentifier',
  AddressType: 'Microsoft.Rtc.Management.AD.Cmdlets.AddressType',
  AuthenticationMechanism: 'Microsoft.Rtc.SyntheticTransactions.AuthenticationMechanism',
  ExchangeArchivingPolicyOptionsEnum: 'Microsoft.Rtc.Management.ADConnect.Schema.ExchangeArchivingPolicyOptionsEnum',
  PolicyFilter: 'Microsoft.Rtc.Management.WritableConfig.Policy.PolicyFilter',
};

export const commonParameterNames: string[] = catalog.commonParameters;

/** The common parameters every cmdlet has, with their aliases (DOMAIN.md §6.2). */
export const commonParameters: ParameterMetadata[] = [
  common('Verbose', 'SwitchParameter', ['vb']),
  common('Debug', 'SwitchParameter', ['db']),
  common('ErrorAction', 'ActionPreference', ['ea']),
  common('WarningAction', 'ActionPreference', ['wa']),
  common('InformationAction', 'ActionPreference', ['infa']),
  common('ErrorVariable', 'String', ['ev']),
  common('WarningVariable', 'String', ['wv']),
  common('InformationVariable', 'String', ['iv']),
  common('OutVariable', 'String', ['ov']),
  common('OutBuffer', 'Int32', ['ob']),
  common('PipelineVariable', 'String', ['pv']),
];

function common(name: string, type: string, aliases: string[]): ParameterMetadata {
  return parameter({ name, type, aliases });
}

/** Metadata of a Cs cmdlet from the catalog, with its FQID class name filled in. */
export function csMetadata(name: string): CmdletMetadata {
  const m = catalog.cmdlets.find((c) => c.name.toLowerCase() === name.toLowerCase());
  if (!m) throw new Error(`Cmdlet ${name} is not in the catalog`);
  return {
    ...correctMetadata(m),
    module: m.module ?? 'SkypeForBusiness',
    className: m.className ?? `Microsoft.Rtc.Management.Internal.${m.verb}${m.noun.replace(/^Cs/, '')}Cmdlet`,
  };
}

export function catalogCmdletNames(): string[] {
  return catalog.cmdlets.map((c) => c.name);
}

/**
 * The built-in cmdlets, declared once per process by the cmdlet families as their modules load.
 * Shared by every session and never changed by one: a session's own commands live in its CmdletTable.
 */
const builtins = new Map<string, CmdletDefinition>();

/** Declares a built-in Cs cmdlet: metadata from the catalog, implementation from the handler module. */
export function registerCsCmdlet(name: string, create: () => CmdletImplementation): void {
  const metadata = csMetadata(name);
  builtins.set(metadata.name.toLowerCase(), { metadata, create });
}

/** A cmdlet that brings its own metadata (core PowerShell cmdlets, a lab's commands). */
export function cmdletDefinition(metadata: CmdletMetadata, create: () => CmdletImplementation): CmdletDefinition {
  return {
    metadata: {
      ...metadata,
      className: metadata.className ?? `Microsoft.PowerShell.Commands.${metadata.verb}${metadata.noun}Command`,
    },
    create,
  };
}

/** Declares a built-in cmdlet that brings its own metadata (core PowerShell cmdlets). */
export function registerCmdlet(metadata: CmdletMetadata, create: () => CmdletImplementation): void {
  builtins.set(metadata.name.toLowerCase(), cmdletDefinition(metadata, create));
}

/** A built-in cmdlet (every session has it). */
export function getCmdlet(name: string): CmdletDefinition | undefined {
  return builtins.get(name.toLowerCase());
}

export function allCmdlets(): CmdletDefinition[] {
  return [...builtins.values()];
}

/**
 * The cmdlets of one session: the built-ins (read through, not copied, so a session starts in no
 * time) and the ones only this session has, such as a lab shell's commands.
 */
export class CmdletTable {
  private readonly own = new Map<string, CmdletDefinition>();

  constructor(definitions: readonly CmdletDefinition[] = []) {
    for (const d of definitions) this.add(d);
  }

  add(definition: CmdletDefinition): void {
    this.own.set(definition.metadata.name.toLowerCase(), definition);
  }

  get(name: string): CmdletDefinition | undefined {
    const key = name.toLowerCase();
    return this.own.get(key) ?? builtins.get(key);
  }

  all(): CmdletDefinition[] {
    if (this.own.size === 0) return allCmdlets();
    return [...allCmdlets().filter((d) => !this.own.has(d.metadata.name.toLowerCase())), ...this.own.values()];
  }
}
