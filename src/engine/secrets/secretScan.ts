// Finds the secrets written in a parsed script: the literals given to secret parameters (named,
// positional or piped in), assigned to secret variables or properties, or stored under secret
// hashtable keys — and the variables used where a secret goes, so the session can learn them.
// Literals inside nested commands are judged by those commands' own parameters.

import type { CommandAst, ExpressionAst, HashtableAst, AssignmentAst, PipelineAst, StatementAst } from '../../lang/ast.js';
import type { SourceSpan } from '../../lang/maskedLine.js';
import type { CmdletMetadata } from '../commandMetadata.js';
import { CommandSecrets, isSecretName } from './secretParameters.js';

export interface ScanContext {
  /** The metadata of a command by the name as typed (aliases followed), or undefined when unknown. */
  commandMetadata(name: string): CmdletMetadata | undefined;
  /** A variable (lower-case name) the session learned holds a secret. */
  isSecretVariable(name: string): boolean;
}

export interface SecretScan {
  /** Where secret text is written (string contents, numbers). */
  spans: SourceSpan[];
  /** The secret literals' values, where they are plain text. */
  values: string[];
  /** Variables (lower-case) found where a secret goes. */
  variables: Set<string>;
}

const AUTOMATIC_VALUES = new Set(['true', 'false', 'null', '_', 'psitem', 'args']);
const SECRET_TYPE_NAMES = new Set(['securestring', 'system.security.securestring', 'pscredential', 'system.management.automation.pscredential']);

type Node = { kind?: string; [key: string]: unknown };
/** Nodes with nothing to scan inside when they are not in a secret place (most arguments of a script). */
const LEAVES = new Set(['StringConstant', 'Constant', 'Variable']);
const NO_POSITIONS: ReadonlySet<number> = new Set();

/** The parameters a command names (canonical lower-case names where they resolve). */
function namedParameters(cmd: CommandAst, rules: CommandSecrets): Set<string> {
  return new Set(cmd.elements.flatMap((e) => (e.kind === 'CommandParameter' ? [rules.canonical(e.name) ?? e.name.toLowerCase()] : [])));
}

export function scanSecrets(root: unknown, context: ScanContext): SecretScan {
  const scanner = new Scanner(context);
  scanner.visit(root);
  return { spans: scanner.spans, values: scanner.values, variables: scanner.variables };
}

class Scanner {
  readonly spans: SourceSpan[] = [];
  readonly values: string[] = [];
  readonly variables = new Set<string>();

  constructor(private readonly context: ScanContext) {}

  visit(node: unknown): void {
    if (Array.isArray(node)) {
      for (const n of node) this.visit(n);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const n = node as Node;
    if (LEAVES.has(n.kind!)) return;
    if (n.kind === 'Pipeline') return this.pipeline(n as unknown as PipelineAst);
    if (n.kind === 'Command') return this.command(n as unknown as CommandAst);
    if (n.kind === 'Assignment') return this.assignment(n as unknown as AssignmentAst);
    if (n.kind === 'Hashtable') return this.hashtable(n as unknown as HashtableAst);
    for (const [key, value] of Object.entries(n)) if (key !== 'extent' && value && typeof value === 'object') this.visit(value);
  }

  private rulesOf(cmd: CommandAst): CommandSecrets {
    const name = cmd.name.kind === 'StringConstant' ? cmd.name.value : undefined;
    return CommandSecrets.for(name === undefined ? undefined : this.context.commandMetadata(name));
  }

  /** A literal piped into a command whose secret parameter takes pipeline input is that secret. */
  private pipeline(p: PipelineAst): void {
    p.elements.forEach((el, i) => {
      const next = p.elements[i + 1];
      if (el.kind === 'CommandExpression' && next?.kind === 'Command' && this.rulesOf(next).takesSecretFromPipeline()) this.secret(el.expression);
      else this.visit(el);
    });
  }

  private command(cmd: CommandAst): void {
    if (cmd.name.kind !== 'StringConstant') this.visit(cmd.name);
    const rules = this.rulesOf(cmd);
    const positions = rules.hasSecretParameters ? rules.secretPositions(namedParameters(cmd, rules)) : NO_POSITIONS;
    let position = 0;
    for (let i = 0; i < cmd.elements.length; i++) {
      const el = cmd.elements[i]!;
      if (el.kind === 'CommandParameter') {
        const secret = rules.isSecretNamed(el.name);
        const next = cmd.elements[i + 1];
        const value = el.argument ?? (next && next.kind !== 'CommandParameter' && !rules.isSwitchNamed(el.name) ? next : undefined);
        if (value && value === next) i++;
        if (value) this.argument(value, secret);
        continue;
      }
      if (el.kind === 'Variable' && el.splatted) continue;
      this.argument(el, positions.has(position++));
    }
    this.visit(cmd.redirections);
  }

  private argument(value: ExpressionAst, secret: boolean): void {
    if (secret) this.secret(value);
    else this.visit(value);
  }

  private assignment(a: AssignmentAst): void {
    this.visit(a.target);
    if (this.isSecretTarget(a.target)) this.secretStatement(a.value);
    else this.visit(a.value);
  }

  private isSecretTarget(t: ExpressionAst): boolean {
    if (t.kind === 'Variable') return !t.splatted && (isSecretName(t.name) || this.context.isSecretVariable(t.name.toLowerCase()));
    if (t.kind === 'Member') return t.member.kind === 'StringConstant' && isSecretName(t.member.value);
    if (t.kind === 'Index') return t.index.kind === 'StringConstant' && isSecretName(t.index.value);
    if (t.kind === 'Convert') return SECRET_TYPE_NAMES.has(t.typeName.name.toLowerCase()) || this.isSecretTarget(t.operand);
    return false;
  }

  private hashtable(h: HashtableAst): void {
    for (const entry of h.entries) {
      this.visit(entry.key);
      if (entry.key.kind === 'StringConstant' && isSecretName(entry.key.value)) this.secretStatement(entry.value);
      else this.visit(entry.value);
    }
  }

  /** The value of a secret assignment or hashtable entry: an expression is secret; commands judge their own. */
  private secretStatement(s: StatementAst): void {
    if (s.kind !== 'Pipeline') return this.visit(s);
    for (const el of s.elements) {
      if (el.kind === 'CommandExpression') this.secret(el.expression);
      else this.visit(el);
    }
  }

  /** Masks every literal of an expression that is a secret, and notes the variables in it. */
  private secret(node: unknown): void {
    if (Array.isArray(node)) {
      for (const n of node) this.secret(n);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const n = node as Node;
    switch (n.kind) {
      case 'StringConstant':
      case 'ExpandableString':
      case 'Constant':
        return this.literal(n as unknown as ExpressionAst);
      case 'Variable':
        if (!n.splatted && !AUTOMATIC_VALUES.has(String(n.name).toLowerCase())) this.variables.add(String(n.name).toLowerCase());
        return;
      case 'Command':
      case 'ScriptBlockExpression':
        return this.visit(n);
      case 'Pipeline':
        return this.secretStatement(n as unknown as PipelineAst);
      default:
        for (const [key, value] of Object.entries(n)) if (key !== 'extent' && value && typeof value === 'object') this.secret(value);
    }
  }

  private literal(e: ExpressionAst): void {
    const span = contentSpan(e);
    if (span.end <= span.start) return;
    this.spans.push(span);
    if (e.kind === 'ExpandableString') {
      for (const part of e.parts) if (typeof part !== 'string') this.secret(part);
      if (e.parts.every((p) => typeof p === 'string')) this.values.push(e.value);
    } else if (e.kind === 'StringConstant') this.values.push(e.value);
    else if (e.kind === 'Constant') this.values.push(e.text);
  }
}

/** The text of a literal without its quotes (here-strings without their header and footer lines). */
function contentSpan(e: ExpressionAst): SourceSpan {
  const { start, end, source } = e.extent;
  const quote = e.kind === 'StringConstant' || e.kind === 'ExpandableString' ? e.quote : 'bare';
  if (quote === 'single' || quote === 'double') return { start: start + 1, end: end - 1 };
  if (quote === 'singleHere' || quote === 'doubleHere') {
    const text = source.text;
    const first = text.indexOf('\n', start);
    const last = text.lastIndexOf('\n', end - 1);
    const bodyEnd = last > 0 && text[last - 1] === '\r' ? last - 1 : last;
    return first < 0 || last <= first ? { start: end, end } : { start: first + 1, end: bodyEnd };
  }
  return { start, end };
}
