// The shape of a lab file, written as code: which keys a lab, a task and a diagnosis rule have, what
// kind of value each key holds, and which are required. labFile.ts walks a parsed YAML document with
// it and reports every mismatch at the line and column of the value (or of the map missing a key).

/**
 * What a value must be:
 * - `name`: a lowercase identifier (letters, digits, dashes), as a lab's name or a task's id;
 * - `text`: any non-empty text shown to the trainee;
 * - `powershell`: a PowerShell script that must parse;
 * - `message`: the inside of a PowerShell double-quoted string (`$(...)` shows a value) that must parse;
 * - `powershell-list`: a list of PowerShell commands;
 * - `hints`: exactly HINT_COUNT non-empty texts;
 * - `tasks` / `rules`: a non-empty list of maps described by TASK_FIELDS / RULE_FIELDS.
 */
export type FieldKind = 'name' | 'text' | 'powershell' | 'message' | 'powershell-list' | 'hints' | 'tasks' | 'rules';

export interface FieldSpec {
  key: string;
  kind: FieldKind;
  required: boolean;
}

/** [I] Three graded hints per task: a nudge, the cmdlet to use, the full command (hints.ts names them). */
export const HINT_COUNT = 3;

/** [I] Lab names and task ids: what a trainee types after `csshell lab start`, and keys of hints.json. */
export const NAME_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export const LAB_FIELDS: FieldSpec[] = [
  { key: 'name', kind: 'name', required: true },
  { key: 'title', kind: 'text', required: true },
  { key: 'description', kind: 'text', required: true },
  { key: 'setup', kind: 'powershell-list', required: false },
  { key: 'tasks', kind: 'tasks', required: true },
];

export const TASK_FIELDS: FieldSpec[] = [
  { key: 'id', kind: 'name', required: true },
  { key: 'title', kind: 'text', required: true },
  { key: 'hints', kind: 'hints', required: true },
  { key: 'check', kind: 'powershell', required: true },
  { key: 'computer', kind: 'text', required: false },
  { key: 'diagnosis', kind: 'rules', required: false },
];

export const RULE_FIELDS: FieldSpec[] = [
  { key: 'require', kind: 'powershell', required: true },
  { key: 'message', kind: 'message', required: true },
];

/** How an error names a kind of value ("check must be a PowerShell expression"). */
export const KIND_WORDS: Record<FieldKind, string> = {
  name: 'a name of lowercase letters, digits and dashes',
  text: 'text',
  powershell: 'a PowerShell expression (text)',
  message: 'a message (text)',
  'powershell-list': 'a list of PowerShell commands',
  hints: `a list of ${HINT_COUNT} hints`,
  tasks: 'a list of tasks',
  rules: 'a list of diagnosis rules (require and message)',
};

/** The PowerShell a `message` stands for: its text inside double quotes (see DiagnosisRule). */
export function messageExpression(message: string): string {
  return `"${message}"`;
}
