// Commands of the lab shell (`csshell lab start` opens the interactive shell on the lab's store):
// the lab's own noun, clearly not Skype cmdlets, so a trainee can follow the lab without leaving the
// shell. [I] Names and the module name are our own; they exist only in a lab shell.

import { registerCmdlet } from '../catalog/registry.js';
import { registerHelp } from '../catalog/help.js';
import type { CmdletContext, CmdletMetadata, ParameterMetadata } from '../engine/cmdlet.js';
import { PSObject } from '../engine/values.js';
import type { Store } from '../store/store.js';
import { checkLab, describeLab, type LabDefinition } from './labs.js';
import { HintRecordError, hintLine, hintLines, readHintLevels, revealHint } from './hints.js';
import { ProgressRecordError, recordCheck } from './labProgress.js';

/** [I] The module Get-Command shows for the lab commands. */
export const LAB_MODULE = 'CsShellLab';
export const LAB_TASK_TYPE = 'CsShell.LabTask';

function taskParameter(): ParameterMetadata {
  return {
    name: 'Task',
    type: 'Int32',
    isArray: false,
    isSwitch: false,
    aliases: [],
    sets: { __AllParameterSets: { required: false, position: 0 } },
    pipeline: 'False',
  };
}

function metadata(verb: string, noun: string, parameters: ParameterMetadata[], outputType: string): CmdletMetadata {
  return {
    name: `${verb}-${noun}`,
    verb,
    noun,
    defaultParameterSet: null,
    parameterSets: ['__AllParameterSets'],
    supportsShouldProcess: false,
    parameters,
    outputType,
    module: LAB_MODULE,
    className: `CsShell.Lab.${verb}${noun}Command`,
  };
}

/** A hint record that cannot be read is an error of the command, not of the shell. */
function hintLevels(ctx: CmdletContext, folder: string): Record<string, number> | undefined {
  try {
    return readHintLevels(folder);
  } catch (e) {
    if (!(e instanceof HintRecordError)) throw e;
    ctx.writeError({ message: e.message, errorId: 'LabHintRecordDamaged', category: 'InvalidData', targetObject: folder });
    return undefined;
  }
}

/** A progress record that cannot be written is an error of the command; the check itself stands. */
export function recordProgress<T>(ctx: CmdletContext, record: () => T): T | undefined {
  try {
    return record();
  } catch (e) {
    if (!(e instanceof ProgressRecordError)) throw e;
    ctx.writeError({ message: e.message, errorId: 'LabProgressRecordDamaged', category: 'InvalidData', targetObject: e.message });
    return undefined;
  }
}

/** Registers Get-LabTask, Test-LabProgress and Get-LabHint for `lab`, working on `store` and `folder`. */
export function registerLabCmdlets(lab: LabDefinition, store: Store, folder: string): void {
  registerCmdlet(metadata('Get', 'LabTask', [], LAB_TASK_TYPE), () => ({
    async process(ctx) {
      const levels = hintLevels(ctx, folder) ?? {};
      const results = await checkLab(lab, store, folder);
      results.forEach((r, i) => {
        const level = levels[r.task.id] ?? 0;
        ctx.writeObject(
          new PSObject([LAB_TASK_TYPE, 'System.Object'], [
            ['Number', i + 1],
            ['Done', r.done],
            ['Title', r.task.title],
            ['Why', r.diagnosis ?? null],
            ['Hint', level ? hintLine(r.task, level) : null],
          ]),
        );
      });
    },
  }));
  registerCmdlet(metadata('Test', 'LabProgress', [], 'System.String'), () => ({
    async process(ctx) {
      const levels = hintLevels(ctx, folder) ?? {};
      const results = await checkLab(lab, store, folder);
      recordProgress(ctx, () => recordCheck(lab, folder, results));
      for (const line of describeLab(lab, results, levels)) ctx.writeObject(line);
    },
  }));
  registerCmdlet(metadata('Get', 'LabHint', [taskParameter()], 'System.String'), () => ({
    async process(ctx) {
      const number = ctx.bound.has('Task') ? Number(ctx.params.Task) : undefined;
      if (number !== undefined && (number < 1 || number > lab.tasks.length)) {
        const [limit, side] = number < 1 ? [1, 'less than the minimum'] : [lab.tasks.length, 'greater than the maximum'];
        ctx.throwTerminatingError({
          message: `Cannot validate argument on parameter 'Task'. The ${number} argument is ${side} allowed range of ${limit}. Supply an argument that is ${number < 1 ? 'greater' : 'less'} than or equal to ${limit} and then try the command again.`,
          errorId: 'ParameterArgumentValidationError',
          category: 'InvalidData',
          targetObject: number,
          exceptionType: 'System.Management.Automation.ParameterBindingValidationException',
        });
      }
      if (hintLevels(ctx, folder) === undefined) return;
      const results = number === undefined ? await checkLab(lab, store, folder) : [];
      const hint = revealHint(lab, folder, results, number);
      if (!hint) return ctx.writeObject(`Every task of ${lab.name} is done: there is nothing left to hint at.`);
      ctx.writeObject(`Task ${hint.number}: ${hint.task.title}`);
      for (const line of hintLines(hint.task, hint.level)) ctx.writeObject(line);
    },
  }));
  registerLabHelp(lab);
}

function registerLabHelp(lab: LabDefinition): void {
  const related = ['Get-LabTask', 'Test-LabProgress', 'Get-LabHint'];
  registerHelp('Get-LabTask', {
    synopsis: `Lists the tasks of the lab ${lab.name}, each with whether it is done and what is wrong.`,
    description: 'Runs every task check against this lab shell\'s store. Why says what is still wrong with an unfinished task; Hint is the hint already revealed.',
    parameters: {},
    examples: [{ title: 'The tasks not done yet', code: 'Get-LabTask | Where-Object { -not $_.Done }', remarks: 'Shows only the unfinished tasks.' }],
    related,
    outputs: `${LAB_TASK_TYPE} objects.`,
  });
  registerHelp('Test-LabProgress', {
    synopsis: `Shows the lab ${lab.name} task by task, as csshell lab check does.`,
    description: 'Each task is ticked when its check passes; an unfinished task shows what is wrong and the hint already revealed.',
    parameters: {},
    examples: [{ title: 'Check your progress', code: 'Test-LabProgress', remarks: 'Prints the task list with ticks.' }],
    related,
    outputs: 'Strings.',
  });
  registerHelp('Get-LabHint', {
    synopsis: 'Reveals the next hint: a nudge, then the cmdlet to use, then the full command.',
    description: 'Without -Task, the hint is for the first task not done. Each call reveals one more level, and the level is recorded in the lab folder.',
    parameters: { Task: 'The number of the task to get a hint for (1 for the first task).' },
    examples: [{ title: 'A hint for the second task', code: 'Get-LabHint -Task 2', remarks: 'Reveals the next hint level of task 2.' }],
    related,
    outputs: 'Strings.',
  });
}
