// What `csshell check` reports: one finding per problem, with its place, rule and severity.

export type CheckSeverity = 'error' | 'warning';

export interface CheckFinding {
  line: number;
  column: number;
  /** The rule: `ParserError`, `CommandNotFoundException`, `CommandNotEmulated`, `IdentityNotFound`, or the binding error id (`NamedParameterNotFound`, …). */
  errorId: string;
  severity: CheckSeverity;
  /** The command the finding is about, when there is one. */
  command?: string;
  message: string;
  /** Names that were probably meant (a misspelt command or parameter). */
  suggestions?: string[];
}

/** The message with its "did you mean" hint, as printed. */
export function findingText(f: CheckFinding): string {
  const hint = f.suggestions?.length ? ` Did you mean ${f.suggestions.map((s) => `'${s}'`).join(' or ')}?` : '';
  return `${f.message.replace(/\r?\n/g, ' ').trimEnd()}${hint}`;
}

export function bySourceOrder(a: CheckFinding, b: CheckFinding): number {
  return a.line - b.line || a.column - b.column;
}
