// Reads a lab file (YAML) into a LabDefinition, checking it against the schema in labSchema.ts.
// Every problem is reported with the line and column of the value at fault, as `file:line:col:
// message`, so a trainer writing a lab can go straight to it; PowerShell in the file is parsed by the
// engine's own parser, so a check that would not run is caught before any trainee sees it.

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Scalar, type YAMLMap } from 'yaml';
import { parse } from '../lang/parser.js';
import type { DiagnosisRule, LabDefinition, LabTask } from './labs.js';
import { HINT_COUNT, KIND_WORDS, LAB_FIELDS, messageExpression, NAME_PATTERN, RULE_FIELDS, TASK_FIELDS, type FieldSpec } from './labSchema.js';
import { powershellErrorOffset } from './labPositions.js';

export interface LabFileError {
  line: number;
  column: number;
  message: string;
}

export interface LabFileResult {
  /** Set when the file has no error. */
  lab?: LabDefinition;
  errors: LabFileError[];
}

/** `file:line:col: message`, one per error. */
export function formatLabFileErrors(file: string, errors: LabFileError[]): string[] {
  return errors.map((e) => `${file}:${e.line}:${e.column}: ${e.message}`);
}

export interface ReadLabOptions {
  /**
   * Parse the PowerShell of the file (default). [I] Built-in labs are read without it when the CLI
   * loads them (a test parses every one), which keeps `lab` commands quick to start.
   */
  parsePowerShell?: boolean;
}

class LabFileReader {
  readonly errors: LabFileError[] = [];

  constructor(
    private readonly source: string,
    private readonly lines: LineCounter,
    private readonly parsePowerShell: boolean,
  ) {}

  errorAt(offset: number, message: string): void {
    const { line, col } = this.lines.linePos(offset);
    this.errors.push({ line, column: col, message });
  }

  errorOn(node: Node | null | undefined, message: string): void {
    this.errorAt(node?.range?.[0] ?? 0, message);
  }

  /** The map's values by key, after reporting unknown keys and missing required ones. */
  fields(map: YAMLMap, specs: FieldSpec[], what: string): Map<string, Node | null> {
    const values = new Map<string, Node | null>();
    for (const pair of map.items) {
      const keyNode = pair.key as Node;
      const key = isScalar(keyNode) ? String(keyNode.value) : '';
      if (!specs.some((s) => s.key === key)) {
        this.errorOn(keyNode, `unknown key '${key}' in ${what} (known keys: ${specs.map((s) => s.key).join(', ')})`);
        continue;
      }
      values.set(key, (pair.value as Node | null) ?? null);
    }
    for (const spec of specs) {
      if (spec.required && !values.has(spec.key)) this.errorOn(map, `${what} has no '${spec.key}'`);
    }
    return values;
  }

  /** A scalar's text, or undefined after reporting that the value is not the `kind` it must be. */
  text(node: Node | null, spec: FieldSpec): string | undefined {
    if (!isScalar(node) || typeof node.value !== 'string') {
      const found = node === null || (isScalar(node) && node.value === null) ? 'empty' : describe(node);
      this.errorOn(node, `'${spec.key}' must be ${KIND_WORDS[spec.kind]}, not ${found}`);
      return undefined;
    }
    const value = node.value;
    if (value.trim() === '') this.errorOn(node, `'${spec.key}' must not be empty`);
    else if (spec.kind === 'name' && !NAME_PATTERN.test(value)) this.errorOn(node, `'${spec.key}' must be ${KIND_WORDS.name}: '${value}' is not`);
    else if (spec.kind === 'powershell') this.powershell(node, value, value, 0);
    else if (spec.kind === 'message') this.powershell(node, value, messageExpression(value), 1);
    return value;
  }

  /** Reports the first parse error of `script` (which starts `shift` characters before `value`). */
  powershell(node: Scalar, value: string, script: string, shift: number): void {
    if (!this.parsePowerShell) return;
    const error = parse(script).errors[0];
    if (!error) return;
    // An error at the end of the script (a missing closing bracket) is shown after its last character.
    const within = Math.max(0, Math.min(value.trimEnd().length, error.extent.start - shift));
    const offset = powershellErrorOffset(this.source, node, value, within);
    this.errorAt(offset, `PowerShell does not parse: ${error.message}`);
  }

  list(node: Node | null, spec: FieldSpec): Node[] | undefined {
    if (!isSeq(node)) {
      this.errorOn(node, `'${spec.key}' must be ${KIND_WORDS[spec.kind]}, not ${node === null ? 'empty' : describe(node)}`);
      return undefined;
    }
    return node.items as Node[];
  }
}

function describe(node: Node | null): string {
  if (isMap(node)) return 'a map';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return typeof node.value === 'string' ? 'text' : `the ${typeof node.value} ${String(node.value)}`;
  return 'empty';
}

function texts(reader: LabFileReader, node: Node | null, spec: FieldSpec, itemKind: FieldSpec['kind']): string[] | undefined {
  const items = reader.list(node, spec);
  if (!items) return undefined;
  const values = items.map((item) => reader.text(item, { key: `${spec.key}`, kind: itemKind, required: true }));
  return values.every((v) => v !== undefined) ? (values as string[]) : undefined;
}

function readRule(reader: LabFileReader, node: Node): DiagnosisRule | undefined {
  if (!isMap(node)) return void reader.errorOn(node, `a diagnosis rule must be a map with 'require' and 'message', not ${describe(node)}`);
  const f = reader.fields(node, RULE_FIELDS, 'a diagnosis rule');
  const require = f.has('require') ? reader.text(f.get('require')!, RULE_FIELDS[0]!) : undefined;
  const message = f.has('message') ? reader.text(f.get('message')!, RULE_FIELDS[1]!) : undefined;
  return require !== undefined && message !== undefined ? { require, message } : undefined;
}

function readHints(reader: LabFileReader, node: Node | null, spec: FieldSpec): string[] | undefined {
  const hints = texts(reader, node, spec, 'text');
  if (hints && hints.length !== HINT_COUNT) {
    reader.errorOn(node, `a task has ${HINT_COUNT} hints (a nudge, the cmdlet, the full command), not ${hints.length}`);
    return undefined;
  }
  return hints;
}

function readTask(reader: LabFileReader, node: Node, number: number): LabTask | undefined {
  if (!isMap(node)) return void reader.errorOn(node, `task ${number} must be a map (id, title, hints, check…), not ${describe(node)}`);
  const f = reader.fields(node, TASK_FIELDS, `task ${number}`);
  const spec = (key: string) => TASK_FIELDS.find((s) => s.key === key)!;
  const value = (key: string) => (f.has(key) ? reader.text(f.get(key)!, spec(key)) : undefined);
  const [id, title, check, computer] = [value('id'), value('title'), value('check'), value('computer')];
  const hints = f.has('hints') ? readHints(reader, f.get('hints')!, spec('hints')) : undefined;
  let diagnosis: DiagnosisRule[] | undefined;
  if (f.has('diagnosis')) {
    const rules = reader.list(f.get('diagnosis')!, spec('diagnosis'))?.map((r) => readRule(reader, r));
    diagnosis = rules?.every((r) => r) ? (rules as DiagnosisRule[]) : undefined;
  }
  if (id === undefined || title === undefined || check === undefined || hints === undefined) return undefined;
  return { id, title, hints, check, ...(computer !== undefined ? { computer } : {}), ...(diagnosis ? { diagnosis } : {}) };
}

function readTasks(reader: LabFileReader, node: Node | null): LabTask[] | undefined {
  const items = reader.list(node, LAB_FIELDS.find((s) => s.key === 'tasks')!);
  if (!items) return undefined;
  if (items.length === 0) return void reader.errorOn(node, 'a lab needs at least one task');
  const seen = new Map<string, number>();
  const tasks = items.map((item, i) => {
    const task = readTask(reader, item, i + 1);
    const idNode = isMap(item) ? (item.get('id', true) as Node | undefined) : undefined;
    const id = isScalar(idNode) ? String(idNode.value) : undefined;
    if (id !== undefined && seen.has(id)) reader.errorOn(idNode, `task id '${id}' is already the id of task ${seen.get(id)}`);
    else if (id !== undefined) seen.set(id, i + 1);
    return task;
  });
  return tasks.every((t) => t) ? (tasks as LabTask[]) : undefined;
}

/** Parses and checks a lab file's text; `lab` is set only when there is no error at all. */
export function readLabFile(text: string, options: ReadLabOptions = {}): LabFileResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const reader = new LabFileReader(text, lines, options.parsePowerShell ?? true);
  for (const e of doc.errors) reader.errorAt(e.pos[0], `YAML: ${e.message.split('\n')[0]}`);
  if (doc.errors.length) return { errors: reader.errors };
  const root = doc.contents as Node | null;
  if (!isMap(root)) return { errors: [{ line: 1, column: 1, message: 'a lab file is a map with name, title, description, setup and tasks' }] };
  const f = reader.fields(root, LAB_FIELDS, 'the lab');
  const value = (key: string) => (f.has(key) ? reader.text(f.get(key)!, LAB_FIELDS.find((s) => s.key === key)!) : undefined);
  const [name, title, description] = [value('name'), value('title'), value('description')];
  const setup = f.has('setup') ? texts(reader, f.get('setup')!, LAB_FIELDS[3]!, 'powershell') : [];
  const tasks = f.has('tasks') ? readTasks(reader, f.get('tasks')!) : undefined;
  if (reader.errors.length || !name || !title || !description || !setup || !tasks) return { errors: reader.errors };
  return { lab: { name, title, description, setup, tasks }, errors: [] };
}
