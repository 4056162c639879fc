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

const csMetadataByName = new Map<string, CmdletMetadata>();

/**
 * Metadata of a Cs cmdlet from the catalog, with its FQID class name filled in. Made once per name:
 * the binder and the secret rules cache per metadata object.
 */
export function csMetadata(name: string): CmdletMetadata {
  const key = name.toLowerCase();
  let made = csMetadataByName.get(key);
  if (!made) csMetadataByName.set(key, (made = readCsMetadata(name)));
  return made;
}

function readCsMetadata(name: string): CmdletMetadata {
  const m = catalog.cmdlets.find((c) => c.name.toLowerCase() === name.toLowerCase());
  if (!m) throw new Error(`Cmdlet ${name} is not in the catalog`);
  return {
    ...correctMetadata(m),
    module: m.module ?? 'SkypeForBusiness',
    className: m.className ?? `Microsoft.Rtc.Management.Internal.${m.verb}${m.noun.replace(/^Cs/, '')}Cmdlet`,
  };
}

/** Metadata of a Cs cmdlet from the catalog; undefined when the catalog has no such cmdlet. */
export function findCsMetadata(name: string): CmdletMetadata | undefined {
  const known = catalog.cmdlets.some((c) => c.name.toLowerCase() === name.toLowerCase());
  return known ? csMetadata(name) : undefined;
}

export function catalogCmdletNames(): string[] {
  return catalog.cmdlets.map((c) => c.name);
}

/** A built-in Cs cmdlet: metadata from the catalog, implementation from the handler module. */
export function csCmdlet(name: string, create: () => CmdletImplementation): CmdletDefinition {
  return { metadata: csMetadata(name), create };
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

/** Cmdlets found by name: a session's table, or the built-in list alone where no session runs. */
export interface CmdletLookup {
  get(name: string): CmdletDefinition | undefined;
  all(): CmdletDefinition[];
}

/**
 * A fixed list of cmdlets indexed by name (the built-in ones, declared by the cmdlet families).
 * Never changed once made: a session's own commands live in its CmdletTable.
 */
export class CmdletIndex implements CmdletLookup {
  private readonly byName = new Map<string, CmdletDefinition>();
  private readonly list: readonly CmdletDefinition[];

  constructor(definitions: readonly CmdletDefinition[]) {
    for (const d of definitions) this.byName.set(d.metadata.name.toLowerCase(), d);
    this.list = [...this.byName.values()];
  }

  get(name: string): CmdletDefinition | undefined {
    return this.byName.get(name.toLowerCase());
  }

  all(): CmdletDefinition[] {
    return [...this.list];
  }
}

/**
 * The cmdlets of one session: the built-ins (read through, not copied, so a session starts in no
 * time) and the ones only this session has, such as a lab shell's commands.
 */
export class CmdletTable implements CmdletLookup {
  private readonly own = new Map<string, CmdletDefinition>();

  constructor(
    private readonly builtins: CmdletLookup,
    definitions: readonly CmdletDefinition[] = [],
  ) {
    for (const d of definitions) this.add(d);
  }

  add(definition: CmdletDefinition): void {
    this.own.set(definition.metadata.name.toLowerCase(), definition);
  }

  get(name: string): CmdletDefinition | undefined {
    const key = name.toLowerCase();
    return this.own.get(key) ?? this.builtins.get(key);
  }

  all(): CmdletDefinition[] {
    if (this.own.size === 0) return this.builtins.all();
    return [...this.builtins.all().filter((d) => !this.own.has(d.metadata.name.toLowerCase())), ...this.own.values()];
  }
}
