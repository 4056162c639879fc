// The metadata of commands as data (parameter sets, types, positions, aliases; the same shape as
// ../shared/catalog/cs-cmdlets.json entries), the commands a session knows by name, and the session
// facts handlers read. Plain types that import nothing: the catalog, the binder, completion and the
// secret rules read them without reaching the cmdlet contract (cmdlet.ts) and what it exposes.

export interface ParameterSetMembership {
  required: boolean;
  /** 0-based positional order within the set, or null for named-only. */
  position: number | null;
}

export type PipelineInput = 'False' | 'True (ByValue)' | 'True (ByPropertyName)' | 'True (ByPropertyName, ByValue)';

export interface ParameterMetadata {
  name: string;
  /**
   * Type as in the catalog: `String`, `Boolean`, `UInt32`, `Int32`, `SwitchParameter`, `XdsIdentity`,
   * `XdsGlobalRelativeIdentity`, `UserIdParameter`, `PSListModifier`, `PSObject`, `DateTime`, `Fqdn`,
   * an enum name (`PartnerType`, `CertType`, …), `ScriptBlock`, `Object`, `Hashtable`, `PSCredential`, …
   */
  type: string;
  isArray: boolean;
  isSwitch: boolean;
  aliases: string[];
  /** Parameter set name -> membership. `__AllParameterSets` when the cmdlet has a single set. */
  sets: Record<string, ParameterSetMembership>;
  pipeline: PipelineInput;
  wildcards?: boolean;
  /** Documented default, informational (handlers apply real defaults). */
  default?: string | null;
  /** Enum type name when `type` is an enum. */
  enum?: string | null;
  /** For core cmdlets: a ValidateSet list. */
  validateSet?: string[];
  /** [AllowNull()]: a mandatory parameter that takes $null. */
  allowNull?: boolean;
  /** [AllowEmptyCollection()]: a mandatory parameter that takes an empty array. */
  allowEmptyCollection?: boolean;
  /** [AllowEmptyString()]: a mandatory string parameter that takes ''. */
  allowEmptyString?: boolean;
  /** ValueFromRemainingArguments: collects positional arguments no other parameter takes (Write-Host a b c). */
  remainingArguments?: boolean;
  /** Product versions where it applies, when different from the cmdlet's. */
  applicable?: string[];
  /**
   * Takes a secret whose type and name do not say so (ConvertTo-SecureString -String): its arguments
   * are masked in history, transcripts and error views (see src/engine/secrets/).
   */
  secret?: boolean;
}

export interface CmdletMetadata {
  name: string;
  verb: string;
  noun: string;
  defaultParameterSet: string | null;
  parameterSets: string[];
  supportsShouldProcess: boolean;
  parameters: ParameterMetadata[];
  outputType?: string | null;
  applicable?: string[];
  /** .NET class used in FullyQualifiedErrorId, e.g. `Microsoft.Rtc.Management.Internal.NewExternalAccessPolicyCmdlet`. */
  className?: string;
  /** Module shown by Get-Command: `SkypeForBusiness`, `Microsoft.PowerShell.Utility`, … */
  module?: string;
}

/** Session facts a handler may need: the local computer of the topology (§3.1a) and the working directory. */
export interface SessionInfo {
  /** FQDN of the computer the shell runs on (default fe01.contoso.com). */
  localComputer: string;
  /** Set while inside Enter-PSSession; undefined otherwise. */
  remoteComputer?: string;
  /** Absolute host path of the sandbox root (working directory or lab folder). */
  workingDirectory: string;
  /** Current location below the sandbox home (Set-Location), `\`-separated; undefined or '' = the home itself. */
  location?: string;
  /** The location as the user named it when it is not below the home (`C:\`, `C:\certs`); else undefined. */
  locationShown?: string;
  interactive: boolean;
}

export interface CommandInfo {
  name: string;
  commandType: 'Cmdlet' | 'Function' | 'Alias' | 'Filter';
  metadata?: CmdletMetadata;
  /** For aliases: the resolved command name. */
  definition?: string;
  module?: string;
  /** For user aliases: the text given with Set-Alias/New-Alias -Description. */
  description?: string;
}

export interface CommandLookup {
  get(name: string): CommandInfo | undefined;
  all(): CommandInfo[];
  /** Defines or replaces a user alias (Set-Alias / New-Alias). Optional. */
  setAlias?(name: string, definition: string, description?: string): void;
}

/** Commands by name where only their metadata is read (the secret rules judge a line by it). */
export interface MetadataLookup {
  get(name: string): { readonly metadata: CmdletMetadata } | undefined;
}
