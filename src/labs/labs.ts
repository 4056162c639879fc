// Training labs: a starting deployment (the demo topology plus setup commands), a task list, and
// automatic checks of the resulting configuration. A lab lives in its own folder: the store
// (`lab.db`) and any files the trainee writes. Checks are PowerShell expressions run by the same
// engine against the lab's store, so they judge exactly what the trainee's commands did.

import { join, resolve } from 'node:path';
import type { Engine } from '../engine/engine.js';
import { createSession } from '../engine/createSession.js';
import { SandboxFiles } from '../engine/files/sandbox.js';
import type { Host } from '../engine/host.js';
import { openStore } from '../store/open.js';
import { removeStore } from '../store/removeStore.js';
import type { Store } from '../store/store.js';
import { RecordingHost } from '../engine/recordingHost.js';
import { hintLines, hintRank, type HintLevels } from './hints.js';
import { loadBuiltinLabs } from './builtinLabs.js';
import { messageExpression } from './labSchema.js';
import { startProgress } from './labProgress.js';
import { saveLabStart } from './labReset.js';
import { builtins } from '../cmdlets/index.js';

/**
 * One way a task can be unfinished: `require` is a PowerShell condition that holds when this part is
 * right; when it does not, `message` says what is wrong. [I] The message is the inside of a PowerShell
 * double-quoted string, so a trainer writes plain words and `$($x.Property)` where a value goes. Rules run in order after the task's check, in the same session, so they can use the
 * check's variables and those set by earlier rules.
 */
export interface DiagnosisRule {
  require: string;
  message: string;
}

export interface LabTask {
  id: string;
  title: string;
  /** Graded hints, revealed one per request: a nudge, the cmdlet to use, the full command. */
  hints: string[];
  /** A PowerShell expression; the task is done when its last output is $true. */
  check: string;
  /** The topology computer the check runs on (certificate checks need the Edge). */
  computer?: string;
  /** Shown for an unfinished task: the message of the first rule whose condition fails. */
  diagnosis?: DiagnosisRule[];
}

export interface LabDefinition {
  name: string;
  title: string;
  description: string;
  /** Commands run once on a fresh demo store to build the starting state. */
  setup: string[];
  tasks: LabTask[];
}

export interface TaskResult {
  task: LabTask;
  done: boolean;
  /** Set when the check itself failed to run (an error in the lab definition or a missing cmdlet). */
  problem?: string;
  /** What is wrong, in words, when the task is not done. */
  diagnosis?: string;
}

export const DEFAULT_COMPUTER = 'fe01.contoso.com';

let loaded: LabDefinition[] | undefined;

/** The built-in labs, read on first use: the CLI loads this module for every command, labs or not. */
export function builtinLabs(): LabDefinition[] {
  loaded ??= loadBuiltinLabs();
  return loaded;
}

export function findLab(name: string): LabDefinition | undefined {
  return builtinLabs().find((l) => l.name.toLowerCase() === name.toLowerCase());
}

/** The lab's folder: given, or `csshell-labs/<name>` under the working directory. */
export function labFolder(lab: LabDefinition, folder?: string): string {
  return resolve(folder ?? join(process.cwd(), 'csshell-labs', lab.name));
}

export function labStorePath(folder: string): string {
  return join(folder, 'lab.db');
}

/** True when the folder holds a lab's store (a started lab); looking creates nothing. */
export function labStarted(folder: string): boolean {
  const storePath = labStorePath(folder);
  return new SandboxFiles(folder).exists(storePath);
}

function newEngine(store: Store, host: Host, folder: string, computer = DEFAULT_COMPUTER): Engine {
  return createSession({ host, store, session: { localComputer: computer, workingDirectory: folder, interactive: false }, builtins: builtins() });
}

/**
 * Creates the lab's folder and store and runs the setup commands. An existing lab is kept unless
 * `reset` is set (its store is checked now, before anything is shown). Returns the store path.
 * Throws when a setup command fails (a broken lab definition), a StoreOpenError when the lab's store
 * cannot be used or, on reset, is not a csshell store, and PathOutsideSandboxError when the store file
 * is a link leading out of the folder.
 */
export async function prepareLab(lab: LabDefinition, folder: string, reset = false): Promise<string> {
  // The folder is the lab's sandbox root; its store lives inside it like any file the trainee writes
  // (opening the store creates the folder, private, when it is new).
  const files = new SandboxFiles(folder);
  const storePath = labStorePath(folder);
  // A link leading out of the folder is refused here; the store checks judge what the path is (a
  // dangling link, another program's file…) when it is opened.
  files.real(storePath);
  if (files.exists(storePath) && !reset) {
    openStore(storePath).close();
    return storePath;
  }
  if (reset) removeStore(storePath);
  const store = openStore(storePath);
  try {
    const host = new RecordingHost();
    const engine = newEngine(store, host, folder);
    for (const command of lab.setup) {
      const r = await engine.execute(command);
      if (r.parseErrors || r.terminatingError || !r.success) {
        throw new Error(`lab ${lab.name}: setup command failed: ${command}\n${host.errors}`);
      }
    }
    saveLabStart(store, folder);
  } finally {
    store.close();
  }
  startProgress(lab, folder);
  return storePath;
}

/** The last output of `expression` is $true (PowerShell's truth: a non-empty result counts). */
async function holds(engine: Engine, expression: string): Promise<boolean> {
  const values = await engine.invoke(`[bool](${expression})`);
  return values[values.length - 1] === true;
}

/** The message of the first diagnosis rule that fails, if any. */
async function diagnose(engine: Engine, rules: DiagnosisRule[]): Promise<string | undefined> {
  for (const rule of rules) {
    if (await holds(engine, rule.require)) continue;
    const values = await engine.invoke(messageExpression(rule.message));
    return values.map((v) => String(v)).join(' ');
  }
  return undefined;
}

async function checkTask(task: LabTask, store: Store, folder: string): Promise<TaskResult> {
  const engine = newEngine(store, new RecordingHost(), folder, task.computer);
  try {
    const values = await engine.invoke(task.check);
    const done = values.length > 0 && values[values.length - 1] === true;
    if (done || !task.diagnosis) return { task, done };
    const diagnosis = await diagnose(engine, task.diagnosis);
    return diagnosis === undefined ? { task, done } : { task, done, diagnosis };
  } catch (e) {
    return { task, done: false, problem: e instanceof Error ? e.message : String(e) };
  }
}

/** Runs every task's check (and, for an unfinished task, its diagnosis) against the lab's store. */
export async function checkLab(lab: LabDefinition, store: Store, folder: string): Promise<TaskResult[]> {
  const results: TaskResult[] = [];
  for (const task of lab.tasks) results.push(await checkTask(task, store, folder));
  return results;
}

function taskLines(task: LabTask, number: number, result: TaskResult | undefined, level: number): string[] {
  const mark = result ? (result.done ? '[x]' : '[ ]') : `${number}.`;
  if (result?.done) return [`${mark} ${task.title}${level ? ` (done with ${hintRank(task, level)})` : ''}`];
  const lines = [`${mark} ${task.title}`];
  if (result?.diagnosis) lines.push(`    why: ${result.diagnosis}`);
  if (result && level) lines.push(...hintLines(task, level, '    '));
  if (result?.problem) lines.push(`    (the check could not run: ${result.problem})`);
  return lines;
}

/** The task list as text, with ticks, diagnoses and the hints already revealed when results are given. */
export function describeLab(lab: LabDefinition, results?: TaskResult[], levels: HintLevels = {}): string[] {
  const lines = [lab.title, '', lab.description, ''];
  lab.tasks.forEach((task, i) => lines.push(...taskLines(task, i + 1, results?.[i], levels[task.id] ?? 0)));
  if (results) {
    const done = results.filter((r) => r.done).length;
    lines.push('', `${done} of ${results.length} tasks done.`);
  }
  return lines;
}
