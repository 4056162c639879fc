// Which command arguments carry secrets, as the binder sees them: a parameter is secret when its type
// is SecureString or PSCredential, its name says password/passphrase/secret/credential/PIN, or its
// metadata marks it (ConvertTo-SecureString -String). Typed names resolve exactly as the binder
// resolves them (aliases, unique prefixes); an ambiguous prefix counts as secret when any of its
// candidates is. Commands the shell does not know are judged by the typed name alone.

import type { CmdletMetadata, ParameterMetadata } from '../commandMetadata.js';
import { ParameterTable } from '../binder/table.js';

const SECRET_TYPES = new Set(['securestring', 'system.security.securestring', 'pscredential', 'system.management.automation.pscredential']);

/** [I] Names (parameters, variables, hashtable keys) that say their value is a secret. */
const SECRET_WORDS = /password|passphrase|passwd|secret|credential/i;
const SECRET_WHOLE_NAMES = /^(pw|pwd|pass|cred|creds|pin)$/i;
/** `Pin`, `UserPin` (PascalCase, so `Ping` or `Spin` do not count). */
const PIN_SUFFIX = /(^|[a-z])Pin$/;

export function isSecretName(name: string): boolean {
  return SECRET_WORDS.test(name) || SECRET_WHOLE_NAMES.test(name) || PIN_SUFFIX.test(name);
}

export function isSecretParameter(p: ParameterMetadata): boolean {
  return p.secret === true || SECRET_TYPES.has(p.type.toLowerCase()) || isSecretName(p.name);
}

/** [I] A typed name of an unknown command counts as secret from this many letters of a secret word. */
const SHORTEST_SECRET_PREFIX = 4;
const SECRET_PREFIX_WORDS = ['password', 'passphrase', 'credential', 'secret'];

function typedNameLooksSecret(typed: string): boolean {
  const lower = typed.toLowerCase();
  return isSecretName(typed) || (lower.length >= SHORTEST_SECRET_PREFIX && SECRET_PREFIX_WORDS.some((w) => w.startsWith(lower)));
}

/** [I] Most answers one command's rules remember (typed names, sets of named parameters). */
const REMEMBERED_ANSWERS = 256;

const rulesByMetadata = new WeakMap<CmdletMetadata, CommandSecrets>();

/** The secret-argument rules of one command (known or not). */
export class CommandSecrets {
  private readonly table?: ParameterTable;
  /**
   * Answers already worked out: a script of thousands of lines runs the same few commands with the
   * same parameters, and every line is scanned before it runs.
   */
  private readonly secretNamed = new Map<string, boolean>();
  private readonly positions = new Map<string, ReadonlySet<number>>();
  private readonly switches = new Map<string, boolean>();
  /** False when the command is known and none of its parameters takes a secret: no argument position is secret. */
  readonly hasSecretParameters: boolean;
  private pipelineSecret: boolean | undefined;

  constructor(readonly metadata: CmdletMetadata | undefined) {
    this.table = metadata ? ParameterTable.for(metadata) : undefined;
    this.hasSecretParameters = !this.table || this.table.parameters.some((p) => isSecretParameter(p.meta));
  }

  /** The rules of a command, made once per metadata object (a command not known gets fresh rules). */
  static for(metadata: CmdletMetadata | undefined): CommandSecrets {
    if (!metadata) return new CommandSecrets(undefined);
    let rules = rulesByMetadata.get(metadata);
    if (!rules) rulesByMetadata.set(metadata, (rules = new CommandSecrets(metadata)));
    return rules;
  }

  /** Is `-typed` (as written, without the dash) a parameter that takes a secret? */
  isSecretNamed(typed: string): boolean {
    return remembered(this.secretNamed, typed, () => this.judgeSecretNamed(typed));
  }

  private judgeSecretNamed(typed: string): boolean {
    if (!this.table) return typedNameLooksSecret(typed);
    const lower = typed.toLowerCase();
    const candidates = this.table.parameters.filter((p) => [p.name, ...p.meta.aliases].some((n) => n.toLowerCase() === lower));
    const matches = candidates.length ? candidates : this.table.parameters.filter((p) => [p.name, ...p.meta.aliases].some((n) => n.toLowerCase().startsWith(lower)));
    if (matches.length === 0) return typedNameLooksSecret(typed);
    return matches.some((p) => isSecretParameter(p.meta));
  }

  /** Does `-typed` name a switch (which takes no argument after it)? */
  isSwitchNamed(typed: string): boolean {
    const table = this.table;
    if (!table) return false;
    return remembered(this.switches, typed, () => {
      try {
        return table.resolve(typed).isSwitch;
      } catch {
        return false;
      }
    });
  }

  /**
   * The positions (0-based, among the arguments not taken by named parameters) that bind to a secret
   * parameter in some parameter set, given the parameters already named.
   */
  secretPositions(named: ReadonlySet<string>): ReadonlySet<number> {
    return remembered(this.positions, [...named].sort().join(' '), () => this.findSecretPositions(named));
  }

  private findSecretPositions(named: ReadonlySet<string>): ReadonlySet<number> {
    const out = new Set<number>();
    if (!this.table) return out;
    for (const set of this.table.sets) {
      const positional = this.table.parameters
        .map((p) => ({ p, m: this.table!.membership(p, set) }))
        .filter(({ p, m }) => m && m.position !== null && !named.has(p.name.toLowerCase()))
        .sort((a, b) => a.m!.position! - b.m!.position!);
      positional.forEach(({ p }, i) => {
        if (isSecretParameter(p.meta)) out.add(i);
      });
    }
    return out;
  }

  /** Does a secret parameter take pipeline input by value (a literal piped in is then a secret)? */
  takesSecretFromPipeline(): boolean {
    this.pipelineSecret ??= !!this.table?.parameters.some((p) => p.meta.pipeline.includes('ByValue') && isSecretParameter(p.meta));
    return this.pipelineSecret;
  }

  /** The canonical (lower-cased) name a typed parameter resolves to, when it resolves to exactly one. */
  canonical(typed: string): string | undefined {
    if (!this.table) return undefined;
    try {
      return this.table.resolve(typed).name.toLowerCase();
    } catch {
      return undefined;
    }
  }
}

/** The answer for `key`, worked out once while the memory holds fewer than REMEMBERED_ANSWERS. */
function remembered<T>(memory: Map<string, T>, key: string, work: () => T): T {
  const known = memory.get(key);
  if (known !== undefined) return known;
  const answer = work();
  if (memory.size < REMEMBERED_ANSWERS) memory.set(key, answer);
  return answer;
}
