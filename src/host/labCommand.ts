// `csshell lab list | start <name> | check <name>`: training labs (src/labs/labs.ts).

import { checkLab, describeLab, findLab, labFolder, builtinLabs, labStarted, prepareLab, type LabDefinition } from '../labs/labs.js';
import { outputWidth, wrapLines } from '../labs/wrap.js';
import { askResumeOrReset } from './labResumePrompt.js';
import { validateLabFiles } from './labValidateCommand.js';
import { labReportCommand } from './labReportCommand.js';
import { ProgressRecordError, recordCheck } from '../labs/labProgress.js';
import { labCmdlets } from '../labs/labCmdlets.js';
import { AutoCheck } from '../labs/autoCheck.js';
import { HintRecordError, hintLines, readHintLevels, revealHint } from '../labs/hints.js';
import { PathOutsideSandboxError } from '../engine/files/paths.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { labHelp } from '../labs/labHelp.js';

export const LAB_USAGE = `usage:
  csshell lab list
  csshell lab start <name> [--folder <dir>] [--resume | --reset] [--no-shell | --panel] [--auto-check]
  csshell lab check <name> [--folder <dir>]
  csshell lab hint <name> [task-number] [--folder <dir>]
  csshell lab validate <file>...
  csshell lab report <folder>... [--format text|csv|html] [--output <file>]

  list          the labs there are
  start         prepares the lab's folder and store, prints the tasks and opens the shell in it
  check         judges the lab's configuration task by task (exit 0 when every task is done) and
                says what is wrong with each unfinished task
  hint          the next hint for the first task not done (or the numbered one): a nudge, then
                the cmdlet to use, then the full command; recorded in the lab folder (hints.json)
  validate      checks lab files (YAML) and prints each error as file:line:col: message
                (exit 0 when all are valid, 1 when one is not, 2 when a file cannot be read)
  report        for trainers: one row per trainee's lab folder (the folder's name): the lab, tasks
                done of N, hint levels used per task, attempts (lab check runs, Test-LabProgress
                and auto-checks) and time from the start to the last task done (or last check);
                folders that are not lab folders are named on stderr and skipped
  --format      text (default), csv, or html (one page: a table and a bar chart per lab of how
                many trainees finished each task)
  --output <file>  write the report to this file (under the working directory) instead of stdout
  --folder <dir>  the lab's folder (default ./csshell-labs/<name>)
  --resume      start a lab that was started before, keeping what was done (without
                --resume or --reset, a terminal asks; otherwise start stops with exit 2)
  --reset       start a lab that was started before from scratch (its store is rebuilt)
  --no-shell    prepare and print the tasks without opening the shell
  --panel       open the Control Panel (csshell panel) on the lab's store instead of the shell
  --auto-check  check the lab after each command in the shell and print "Task n done: ..." when
                a task turns done (Set-LabOption -AutoCheck $true|$false switches it in the shell)

  In the lab shell: Get-LabTask, Test-LabProgress, Get-LabHint [-Task <n>], Reset-Lab [-Force]
  (back to the lab's start, after confirmation) and Set-LabOption -AutoCheck <bool>.
`;

/** prepareLab; a store file that is a link leading out of the lab folder is refused with a message. */
async function preparedStore(lab: LabDefinition, folder: string, reset: boolean): Promise<string | undefined> {
  try {
    return await prepareLab(lab, folder, reset);
  } catch (e) {
    if (!(e instanceof PathOutsideSandboxError)) throw e;
    process.stderr.write(`csshell lab: ${e.message}\n`);
    return undefined;
  }
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** The command that names this lab (and its folder when one was given), for messages. */
function labInvocation(verb: string, lab: LabDefinition, args: string[], folder: string): string {
  return `csshell lab ${verb} ${lab.name}${option(args, '--folder') ? ` --folder ${folder}` : ''}`;
}

function print(lines: string[]): void {
  process.stdout.write(`${wrapLines(lines, outputWidth(process.stdout)).join('\n')}\n`);
}

async function startLab(lab: LabDefinition, folder: string, args: string[], computer?: string): Promise<number> {
  let reset = args.includes('--reset');
  // [I] A started lab is never resumed silently: the trainee says whether to keep or drop the work
  // (asked in a terminal, named with --resume or --reset otherwise).
  if (labStarted(folder) && !reset && !args.includes('--resume')) {
    if (!process.stdin.isTTY || !process.stderr.isTTY) {
      process.stderr.write(
        `csshell lab: the lab ${lab.name} was already started in ${folder}; ` +
          `add --resume to continue it or --reset to start it again from scratch.\n`,
      );
      return 2;
    }
    const choice = await askResumeOrReset(lab.name, folder);
    if (choice === 'cancel') return 2;
    reset = choice === 'reset';
  }
  const storePath = await preparedStore(lab, folder, reset);
  if (storePath === undefined) return 1;
  print([...describeLab(lab), '', `Lab folder: ${folder}`, `Check your progress with: ${labInvocation('check', lab, args, folder)}`]);
  if (args.includes('--no-shell')) return 0;
  if (args.includes('--panel')) return (await import('./panel/index.js')).servePanel(storePath, { port: 0, computer, workingDirectory: folder });
  const store = openStore(storePath);
  const autoCheck = new AutoCheck(lab, store, folder, args.includes('--auto-check'));
  try {
    const { runRepl } = await import('./repl/index.js');
    return await runRepl({
      store,
      storePath,
      session: { localComputer: computer ?? 'fe01.contoso.com', workingDirectory: folder, interactive: true },
      afterCommand: () => autoCheck.afterCommand(),
      cmdlets: labCmdlets(lab, store, folder, autoCheck),
      help: labHelp(lab),
    });
  } finally {
    store.close();
  }
}

/** The started lab's store, open; an exit code (after a message) when the folder holds no lab. */
async function startedStore(lab: LabDefinition, folder: string, args: string[]): Promise<Store | number> {
  if (!labStarted(folder)) {
    process.stderr.write(`csshell lab: ${folder} is not a lab folder (no lab was started there); start the lab with: ${labInvocation('start', lab, args, folder)}\n`);
    return 2;
  }
  const storePath = await preparedStore(lab, folder, false);
  return storePath === undefined ? 1 : openStore(storePath);
}

async function checkLabCommand(lab: LabDefinition, folder: string, args: string[]): Promise<number> {
  const store = await startedStore(lab, folder, args);
  if (typeof store === 'number') return store;
  try {
    const results = await checkLab(lab, store, folder);
    // A damaged progress record is reported; the trainee still sees the check.
    try {
      recordCheck(lab, folder, results);
    } catch (e) {
      if (!(e instanceof ProgressRecordError)) throw e;
      process.stderr.write(`csshell lab: ${e.message}\n`);
    }
    const lines = describeLab(lab, results, readHintLevels(folder));
    const done = results.every((r) => r.done);
    if (!done) lines.push(`Stuck? ${labInvocation('hint', lab, args, folder)} [task-number] gives a hint, one level at a time.`);
    print(lines);
    return done ? 0 : 1;
  } finally {
    store.close();
  }
}

/** The task number given to `lab hint` (1-based), undefined when none; NaN when it is not one. */
function taskNumber(lab: LabDefinition, arg: string | undefined): number | undefined {
  if (arg === undefined || arg.startsWith('--')) return undefined;
  const n = /^\d+$/.test(arg) ? Number(arg) : NaN;
  return n >= 1 && n <= lab.tasks.length ? n : NaN;
}

async function hintCommand(lab: LabDefinition, folder: string, args: string[]): Promise<number> {
  const number = taskNumber(lab, args[2]);
  if (Number.isNaN(number)) {
    process.stderr.write(`csshell lab: '${args[2]}' is not a task number of ${lab.name} (1 to ${lab.tasks.length}).\n`);
    return 2;
  }
  const store = await startedStore(lab, folder, args);
  if (typeof store === 'number') return store;
  try {
    const results = number === undefined ? await checkLab(lab, store, folder) : [];
    const hint = revealHint(lab, folder, results, number);
    if (!hint) {
      print([`Every task of ${lab.name} is done: there is nothing left to hint at.`]);
      return 0;
    }
    const lines = [`Task ${hint.number}: ${hint.task.title}`, ...hintLines(hint.task, hint.level)];
    if (hint.last) lines.push('(no more hints for this task: this is the full command)');
    print(lines);
    return 0;
  } finally {
    store.close();
  }
}

export async function labCommand(args: string[], computer?: string): Promise<number> {
  const [verb, name] = args;
  if (verb === 'validate') return validateLabFiles(args.slice(1));
  if (verb === 'report') return labReportCommand(args.slice(1));
  if (verb === 'list') {
    for (const lab of builtinLabs()) process.stdout.write(`${lab.name.padEnd(22)} ${lab.title}\n`);
    return 0;
  }
  if ((verb !== 'start' && verb !== 'check' && verb !== 'hint') || !name) {
    process.stderr.write(LAB_USAGE);
    return 2;
  }
  const lab = findLab(name);
  if (!lab) {
    process.stderr.write(`csshell lab: there is no lab named '${name}'. See 'csshell lab list'.\n`);
    return 2;
  }
  const folder = labFolder(lab, option(args, '--folder'));
  try {
    if (verb === 'start') return await startLab(lab, folder, args, computer);
    return await (verb === 'check' ? checkLabCommand(lab, folder, args) : hintCommand(lab, folder, args));
  } catch (e) {
    if (!(e instanceof HintRecordError)) throw e;
    process.stderr.write(`csshell lab: ${e.message}\n`);
    return 1;
  }
}
