// The secrets one session knows: variables used where a secret goes (`-Password $pw`), and values
// (the literals written in secret places, the values bound to secret parameters). Hosts mask command
// lines with `redact` (history, transcripts) and scrub other text with `scrub` (transcript output,
// error views); a value learned late reaches them through `onLearn`, so text recorded before it was
// known (`$x = 'secret'` typed before `-Password $x`) can be scrubbed after the fact.

import { isNumeric, numberToString } from '../runtime/numbers.js';
import type { Ast } from '../../lang/ast.js';
import type { CmdletMetadata, CommandLookup, MetadataLookup } from '../commandMetadata.js';
import { PSCredential, SecureString } from '../runtime/values.js';
import { isSecretParameter } from './secretParameters.js';
import { scanSecrets, type ScanContext, type SecretScan } from './secretScan.js';
import { applySpans, catalogMetadata, REDACTED, scanText, sourceLineView } from './redact.js';
import type { SourceLineView } from '../../lang/maskedLine.js';

/** [I] Values shorter than this are masked where written but not scrubbed from other text (too many false hits). */
export const SHORTEST_SCRUBBED_VALUE = 4;
/** [I] How many aliases deep a command name is followed. */
const ALIAS_DEPTH = 8;

const secretParametersOf = new WeakMap<CmdletMetadata, string[]>();

function secretParameterNames(metadata: CmdletMetadata): string[] {
  let names = secretParametersOf.get(metadata);
  if (!names) secretParametersOf.set(metadata, (names = metadata.parameters.filter(isSecretParameter).map((p) => p.name)));
  return names;
}

export class SessionSecrets {
  private readonly values = new Set<string>();
  private readonly variables = new Set<string>();
  private readonly listeners = new Set<(value: string) => void>();
  readonly context: ScanContext;
  /** Source lines as this session's error views and error records show them. */
  readonly sourceLine: SourceLineView;

  /**
   * `commands`: the session's command table (user aliases, functions), when there is one; `cmdlets`:
   * the session's cmdlets (or, for a script check, the built-in ones), else the Skype catalog alone judges.
   */
  constructor(
    commands?: () => CommandLookup | undefined,
    private readonly cmdlets?: MetadataLookup,
  ) {
    this.context = {
      commandMetadata: (name) => this.commandMetadata(name, commands?.()),
      isSecretVariable: (name) => this.variables.has(name),
    };
    this.sourceLine = sourceLineView(this.context);
  }

  private commandMetadata(name: string, lookup: CommandLookup | undefined): CmdletMetadata | undefined {
    let current = name;
    for (let depth = 0; lookup && depth < ALIAS_DEPTH; depth++) {
      const info = lookup.get(current);
      if (!info) break;
      if (info.commandType !== 'Alias') return info.metadata ?? catalogMetadata(info.name, this.cmdlets);
      if (!info.definition) break;
      current = info.definition;
    }
    return catalogMetadata(current, this.cmdlets);
  }

  /** Learns the secrets a script is about to use (the engine calls this for everything it runs). */
  learn(ast: Ast | readonly Ast[]): void {
    try {
      this.remember(scanSecrets(ast, this.context));
    } catch {
      // A defect in the scan must not stop the script; its lines are still masked where shown (redact).
    }
  }

  /** A command line with its secrets masked: the parser and catalog's view, then the values known. */
  redact(text: string): string {
    const scan = scanText(text, this.context);
    this.remember(scan);
    return this.scrub(applySpans(text, scan.spans));
  }

  /** Replaces every known secret value in a text. */
  scrub(text: string): string {
    let out = text;
    for (const v of [...this.values].sort((a, b) => b.length - a.length)) if (out.includes(v)) out = out.split(v).join(REDACTED);
    return out;
  }

  /** After binding: the values given to secret parameters become known secrets. */
  noteBound(metadata: CmdletMetadata, params: Record<string, unknown>, bound: ReadonlySet<string>): void {
    for (const name of secretParameterNames(metadata)) if (bound.has(name)) for (const v of plainTexts(params[name])) this.note(v);
  }

  /** Called with each newly learned value; returns the function that stops it. */
  onLearn(listener: (value: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private remember(scan: SecretScan): void {
    for (const v of scan.variables) this.variables.add(v);
    for (const v of scan.values) this.note(v);
  }

  /** A secret value the session has seen (e.g. a secret setting a Get- cmdlet showed). */
  note(value: string): void {
    if (value.length < SHORTEST_SCRUBBED_VALUE || value === REDACTED || this.values.has(value)) return;
    this.values.add(value);
    for (const listener of [...this.listeners]) listener(value);
  }
}

function plainTexts(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(plainTexts);
  if (value instanceof SecureString) return [value.reveal()];
  if (value instanceof PSCredential) return [value.password.reveal()];
  if (typeof value === 'string') return [value];
  if (isNumeric(value)) return [numberToString(value)];
  return [];
}
